package io.hotline.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The workstation in a real headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}), driven by Selenium with the driver given explicitly so that
 * Selenium Manager never downloads anything. Elements are found by their
 * {@code data-test} names.
 */
public final class Browser implements AutoCloseable {

	public static final Path DRIVER = Path.of("/usr/bin/chromedriver");

	public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private final ChromeDriver driver;

	private final Path profile;

	private final String baseUrl;

	private Browser(ChromeDriver driver, Path profile, String baseUrl) {
		this.driver = driver;
		this.profile = profile;
		this.baseUrl = baseUrl;
	}

	/** Skips the calling test, saying why, where Chromium or its driver is missing. */
	public static void assumeInstalled() {
		Assumptions.assumeTrue(Files.isExecutable(DRIVER) && Files.isExecutable(CHROMIUM),
				"browser tests skipped: " + DRIVER + " or " + CHROMIUM
						+ " is missing (apt-get install -y chromium chromium-driver; .ci/run installs them)");
	}

	public static Browser open(int port) throws IOException {
		assumeInstalled();
		System.setProperty("webdriver.chrome.driver", DRIVER.toString());
		Path profile = Files.createTempDirectory("hotline-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--user-data-dir=" + profile, "--window-size=1440,900", "--lang=zh-CN");
		options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
		// files the pages save (exports) land in the profile's own folder, without asking
		options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory",
				profile.resolve("downloads").toString(), "download.prompt_for_download", false));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().window().setSize(new Dimension(1440, 900));
		return new Browser(driver, profile, "http://localhost:" + port);
	}

	/**
	 * The file the page saved last whose name ends so (an export), once it is complete;
	 * each file found is taken away, so that the next wait finds the next one.
	 */
	public Path waitForDownload(String suffix) {
		Path folder = this.profile.resolve("downloads");
		return new WebDriverWait(this.driver, Duration.ofSeconds(30)).until((d) -> {
			if (!Files.isDirectory(folder)) {
				return null;
			}
			try (java.util.stream.Stream<Path> files = Files.list(folder)) {
				Path found = files.filter((f) -> f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
				if (found == null) {
					return null;
				}
				Path taken = Files.createTempFile("hotline-download", suffix);
				Files.move(found, taken, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
				return taken;
			}
			catch (IOException ex) {
				return null;
			}
		});
	}

	public ChromeDriver driver() {
		return this.driver;
	}

	public void go(String path) {
		this.driver.get(this.baseUrl + path);
	}

	public void signIn(String user) {
		this.driver.manage().deleteAllCookies();
		go("/login");
		type("username", user);
		type("password", "demo");
		click("sign-in");
		waitFor("whoami");
	}

	public void signOut() {
		click("sign-out");
		waitFor("username");
	}

	public static String css(String test) {
		return "[data-test='" + test + "']";
	}

	/** The first displayed element with this {@code data-test} name, waiting for it. */
	public WebElement waitFor(String test) {
		return waitForCss(css(test));
	}

	public WebElement waitForCss(String selector) {
		return until(Duration.ofSeconds(20), () -> displayed(By.cssSelector(selector)));
	}

	public WebElement waitForXpath(String xpath) {
		return until(Duration.ofSeconds(20), () -> displayed(By.xpath(xpath)));
	}

	/** Waits until no element with this {@code data-test} name is displayed. */
	public void waitForGone(String test) {
		until(Duration.ofSeconds(20), () -> isPresent(test) ? null : Boolean.TRUE);
	}

	public boolean isPresent(String test) {
		return displayed(By.cssSelector(css(test))) != null;
	}

	private WebElement displayed(By by) {
		List<WebElement> found = this.driver.findElements(by);
		for (WebElement element : found) {
			try {
				if (element.isDisplayed()) {
					return element;
				}
			}
			catch (StaleElementReferenceException ex) {
				// re-rendered meanwhile; the next poll finds the new one
			}
		}
		return null;
	}

	private <T> T until(Duration timeout, java.util.function.Supplier<T> probe) {
		try {
			return new WebDriverWait(this.driver, timeout).ignoring(StaleElementReferenceException.class)
				.until((d) -> probe.get());
		}
		catch (org.openqa.selenium.TimeoutException ex) {
			throw new AssertionError("timed out on " + this.driver.getCurrentUrl() + "; the page reads: "
					+ this.driver.findElement(By.tagName("body")).getText() + "; screenshot " + failureShot()
					+ "; console: " + consoleLog(), ex);
		}
	}

	private String consoleLog() {
		try {
			return this.driver.manage().logs().get("browser").getAll().toString();
		}
		catch (RuntimeException ex) {
			return ex.getMessage();
		}
	}

	private Path failureShot() {
		try {
			Path file = Files.createTempFile(Path.of("target"), "browser-failure-", ".png");
			screenshot(file);
			return file;
		}
		catch (IOException | RuntimeException ex) {
			return null;
		}
	}

	public void click(String test) {
		clickCss(css(test));
	}

	/**
	 * Clicks once the element is shown and not covered (dialogs and menus animate in).
	 */
	public void clickCss(String selector) {
		clickBy(By.cssSelector(selector));
	}

	public void clickXpath(String xpath) {
		clickBy(By.xpath(xpath));
	}

	private void clickBy(By by) {
		until(Duration.ofSeconds(20), () -> {
			WebElement element = displayed(by);
			if (element == null || !steady(element)) {
				return null;
			}
			try {
				element.click();
				return Boolean.TRUE;
			}
			catch (org.openqa.selenium.ElementNotInteractableException ex) {
				return null;
			}
		});
	}

	/**
	 * Whether the element stays where it is over two animation frames: a click on an
	 * element that still moves (a collapse opening above a dialog's button) lands on
	 * whatever slides under the pointer, and nothing tells.
	 */
	private boolean steady(WebElement element) {
		Object same = asyncScript("""
				const el = arguments[0], done = arguments[arguments.length - 1];
				const a = el.getBoundingClientRect();
				requestAnimationFrame(() => requestAnimationFrame(() => {
				  const b = el.getBoundingClientRect();
				  done(a.top === b.top && a.left === b.left && a.width === b.width && a.height === b.height);
				}));""", element);
		return Boolean.TRUE.equals(same);
	}

	/** Replaces the text of the input or text area inside the element of this name. */
	public void type(String test, CharSequence... keys) {
		WebElement field = waitForCss(
				css(test) + " input, " + css(test) + " textarea, input" + css(test) + ", textarea" + css(test));
		// select and delete by keys: clear() empties the field without the input event
		// that Vue's v-model hears
		field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
		field.sendKeys(keys);
	}

	public void pressEnter(String test) {
		type(test, Keys.ENTER);
	}

	/** Waits until no dialog is shown (after an action's dialog closes). */
	public void waitForNoDialog() {
		until(Duration.ofSeconds(20), () -> displayed(By.cssSelector(".el-dialog")) == null ? Boolean.TRUE : null);
	}

	public Object script(String script, Object... args) {
		return ((JavascriptExecutor) this.driver).executeScript(script, args);
	}

	public Object asyncScript(String script, Object... args) {
		return ((JavascriptExecutor) this.driver).executeAsyncScript(script, args);
	}

	public void screenshot(Path file) throws IOException {
		Files.createDirectories(file.getParent());
		File shot = this.driver.getScreenshotAs(OutputType.FILE);
		Files.copy(shot.toPath(), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
	}

	@Override
	public void close() {
		try {
			this.driver.quit();
		}
		finally {
			try (var files = Files.walk(this.profile)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach((p) -> p.toFile().delete());
			}
			catch (IOException ex) {
				// a temporary profile; the system cleans it up eventually
			}
		}
	}

}
