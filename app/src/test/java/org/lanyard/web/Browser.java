package org.lanyard.web;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver: one browser for a whole test class (register it
 * as a static {@code @RegisterExtension}), with a fresh temporary profile, and its cookies cleared before each test.
 * When a test fails, a screenshot and the page's HTML are saved under {@code target/browser-failures/}.
 * <p>
 * Helpers for what a person does with a keyboard only ({@link #tabTo(By)}, {@link #type}, {@link #press}) and for
 * what the page must be: {@link #assertAccessible()} (axe-core: no serious or critical violation) and
 * {@link #assertNoConsoleErrors()} (no Content-Security-Policy violation or script error).
 */
public final class Browser implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterTestExecutionCallback {

	private static final Duration WAIT = Duration.ofSeconds(20); // returns as soon as the condition holds; 20 s for a busy CI machine

	private static final int MAX_TABS = 60;

	private ChromeDriver driver;

	private Path profile;

	private String base = "";

	@Override
	public void beforeAll(ExtensionContext context) throws IOException {
		profile = Files.createTempDirectory("lanyard-chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--user-data-dir=" + profile, "--window-size=1280,900", "--lang=en-GB");
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, java.util.logging.Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File("/usr/bin/chromedriver"))
			.usingAnyFreePort()
			.build();
		driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
	}

	@Override
	public void afterAll(ExtensionContext context) throws IOException {
		if (driver != null) {
			driver.quit();
		}
		if (profile != null) {
			try (Stream<Path> files = Files.walk(profile)) {
				files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
	}

	/** Each test starts signed out, with JavaScript on. */
	@Override
	public void beforeEach(ExtensionContext context) {
		driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
		// Tabbing past the end of a page moves the focus out of it, into the browser's own controls; headless, it
		// would never come back. Keep the page focused, as the window of a person at their desk is.
		driver.executeCdpCommand("Emulation.setFocusEmulationEnabled", Map.of("enabled", true));
		javaScript(true);
		driver.get("about:blank");
		consoleErrors();
	}

	@Override
	public void afterTestExecution(ExtensionContext context) throws IOException {
		if (context.getExecutionException().isEmpty() || driver == null) {
			return;
		}
		Path folder = Path.of("target", "browser-failures");
		Files.createDirectories(folder);
		String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
		Files.write(folder.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
		Files.writeString(folder.resolve(name + ".html"), driver.getCurrentUrl() + "\n" + driver.getPageSource(),
				StandardCharsets.UTF_8);
	}

	/** Where Lanyard runs, such as {@code http://localhost:8123}. */
	public void at(String baseUrl) {
		this.base = baseUrl;
	}

	public void open(String path) {
		driver.get(path.startsWith("http") ? path : base + path);
	}

	/** The browser's Back button (Alt+Left from the keyboard). */
	public void back() {
		driver.navigate().back();
	}

	/** The path and query of the page the browser shows. */
	public String path() {
		String url = driver.getCurrentUrl();
		if (!url.startsWith("http")) {
			return url;
		}
		var uri = java.net.URI.create(url);
		return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
	}

	public WebElement find(By by) {
		return driver.findElement(by);
	}

	public List<WebElement> findAll(By by) {
		return driver.findElements(by);
	}

	public String text(By by) {
		return find(by).getText();
	}

	/** The text of the page's {@code <main>}, as a person reads it. */
	public String mainText() {
		return text(By.tagName("main"));
	}

	public String heading() {
		return text(By.tagName("h1"));
	}

	/**
	 * Presses Tab until the element has the focus, as a keyboard user moves through the page, and checks that the
	 * focus can be seen there. Fails when the element is not reachable that way.
	 */
	public WebElement tabTo(By by) {
		WebElement target = find(by);
		for (int i = 0; i < MAX_TABS; i++) {
			if (target.equals(driver.switchTo().activeElement())) {
				assertFocusVisible(target, by);
				return target;
			}
			new Actions(driver).sendKeys(Keys.TAB).perform();
		}
		return fail("%s is not reachable with the Tab key on %s", by, path());
	}

	/** Types into the element that has the focus. */
	public void type(String text) {
		new Actions(driver).sendKeys(text).perform();
	}

	/** Presses a key on the element that has the focus (Enter to follow a link or submit, Space for a button). */
	public void press(Keys key) {
		new Actions(driver).sendKeys(key).perform();
	}

	/** Tabs to a field and types into it, replacing what was there. */
	public void fillIn(By field, String text) {
		WebElement element = tabTo(field);
		element.clear();
		type(text);
	}

	/** Tabs to a link or button and presses Enter, then waits for the page it leads to. */
	public void activate(By control) {
		WebElement element = tabTo(control);
		press(Keys.ENTER);
		waitUntil(d -> isStale(element));
	}

	public <T> T waitUntil(ExpectedCondition<T> condition) {
		return new WebDriverWait(driver, WAIT).until(condition);
	}

	/** Waits until the element's text contains this. */
	public void waitForText(By by, String text) {
		waitUntil(d -> {
			try {
				return d.findElement(by).getText().contains(text);
			}
			catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
				return false;
			}
		});
	}

	public Object script(String script, Object... arguments) {
		return driver.executeScript(script, arguments);
	}

	/** Switches JavaScript on or off for the pages loaded after this, as a person whose browser has it off. */
	public void javaScript(boolean on) {
		driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", !on));
	}

	/** axe-core finds no serious or critical violation on the page as it is now. */
	public void assertAccessible() {
		var results = new AxeBuilder().analyze(driver);
		assertThat(results.getErrorMessage()).as("axe-core ran").isNull();
		List<Rule> serious = results.getViolations().stream()
			.filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
			.toList();
		if (!serious.isEmpty()) {
			fail("Accessibility violations on %s:%n%s", path(), serious.stream().map(Browser::describe)
				.collect(Collectors.joining("\n")));
		}
	}

	/** Nothing went wrong in the page: no Content-Security-Policy violation, no script error, no failed request. */
	public void assertNoConsoleErrors() {
		assertThat(consoleErrors()).as("console errors on " + path()).isEmpty();
	}

	private List<String> consoleErrors() {
		return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
			.filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue()
					|| entry.getMessage().contains("Content Security Policy"))
			.map(LogEntry::getMessage)
			.toList();
	}

	private static String describe(Rule rule) {
		return "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " " + rule.getHelpUrl() + "\n"
				+ rule.getNodes().stream().map(node -> "    " + node.getTarget() + "  " + node.getHtml())
					.collect(Collectors.joining("\n"));
	}

	private void assertFocusVisible(WebElement element, By by) {
		Object outline = driver.executeScript("var s = getComputedStyle(arguments[0]);"
				+ "return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 || s.boxShadow !== 'none';", element);
		assertThat(outline).as("the focus on %s can be seen on %s", by, path()).isEqualTo(true);
	}

	private static boolean isStale(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (org.openqa.selenium.StaleElementReferenceException e) {
			return true;
		}
	}

}
