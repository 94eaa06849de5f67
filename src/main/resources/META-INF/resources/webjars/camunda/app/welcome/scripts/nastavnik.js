// Nastavnik's adjustments to the Camunda webapps, loaded by each app's config.js (customScripts).

// 1. The one login. People sign in once, on Nastavnik's own login page, and that session opens Tasklist, Cockpit and
// Admin. The webapps' own login route is never used: when a webapp goes there (after «Выйти», or when the session
// has ended and its API answers 401), the browser goes to the one login page instead.
const contextPath = window.location.pathname.split('/camunda/')[0];

function toSignInPage() {
  if (/^#\/login/.test(window.location.hash)) {
    window.location.replace(contextPath + '/login');
  }
}

window.addEventListener('hashchange', toSignInPage);
toSignInPage();

// 2. Nothing a school person cannot act on: the banner urging a move to Camunda 8 (the webapps allow inline styles).
const quiet = document.createElement('style');
quiet.textContent = '.ce-eol-banner { display: none !important; }';
document.head.appendChild(quiet);

export default [];
