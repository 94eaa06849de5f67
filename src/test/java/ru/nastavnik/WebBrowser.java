package ru.nastavnik;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser for the webapp tests: Debian's Chromium through its ChromeDriver, headless, in Russian, with a fresh
 * profile and none of Chromium's background connections (this machine has no network beyond its registries).
 */
public final class WebBrowser implements AutoCloseable {

	static final String CHROMIUM = "/usr/bin/chromium";

	static final String CHROMEDRIVER = "/usr/bin/chromedriver";

	public final WebDriver driver;

	public final WebDriverWait wait;

	public WebBrowser() {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		try {
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-quic", "--no-first-run", "--disable-background-networking",
					"--disable-component-update", "--disable-sync", "--window-size=1400,1000", "--lang=ru",
					"--user-data-dir=" + Files.createTempDirectory("nastavnik-browser"));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		// the browser of a person at the demo school: their computer keeps Moscow time, as the school does
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort()
			.withEnvironment(java.util.Map.of("TZ", "Europe/Moscow"))
			.build();
		driver = new ChromeDriver(service, options);
		wait = new WebDriverWait(driver, Duration.ofSeconds(30));
	}

	/**
	 * Opens {@code url}, signs in on the one login page it leads to, and waits until the page it returns to shows
	 * {@code readySelector}.
	 */
	public void signIn(String url, String login, String readySelector) {
		driver.get(url);
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(login);
		driver.findElement(By.id("password")).sendKeys("demo");
		driver.findElement(By.cssSelector("form button[type=submit]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(readySelector)));
	}

	/** Clicks as a person would after scrolling to it (the webapps' footer may cover the lowest elements). */
	public void click(WebElement element) {
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
		((JavascriptExecutor) driver).executeScript("arguments[0].click();", element);
	}

	/**
	 * On an open Tasklist task of a group: claims it, as in Tasklist every day, and opens it again from «Мои задачи»
	 * where the claimed task now sits; returns its form.
	 */
	public WebElement claimAndOpen(String taskId) {
		WebElement claim;
		try {
			claim = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[ng-click='claim()']")));
		}
		catch (org.openqa.selenium.TimeoutException slow) {
			// under a full suite's load the single-page app may miss the task's route once: open it again
			driver.navigate().refresh();
			claim = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[ng-click='claim()']")));
		}
		click(claim);
		wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("[ng-click='claim()']")));
		click(wait.until(ExpectedConditions.presenceOfElementLocated(
				By.cssSelector("ol.tasks-list li.task a[href*='" + taskId + "']"))));
		return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
	}

	/** Keeps a screenshot under docs/, where the user guide shows it. */
	public void screenshot(String name) {
		try {
			Path target = Path.of("docs", name);
			Files.createDirectories(target.getParent());
			Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public void close() {
		driver.quit();
	}
}
