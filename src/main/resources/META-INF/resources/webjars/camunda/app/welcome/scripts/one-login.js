// Nastavnik: people sign in once, on Nastavnik's own login page, and that session opens Tasklist, Cockpit and Admin.
// The webapps' own login route is never used: when a webapp goes there (after «Выйти», or when the session has
// ended and its API answers 401), the browser goes to the one login page instead.
const contextPath = window.location.pathname.split('/camunda/')[0];

function toSignInPage() {
  if (/^#\/login/.test(window.location.hash)) {
    window.location.replace(contextPath + '/login');
  }
}

window.addEventListener('hashchange', toSignInPage);
toSignInPage();

export default [];
