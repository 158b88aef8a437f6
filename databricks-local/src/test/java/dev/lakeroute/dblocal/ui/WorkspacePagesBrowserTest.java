package dev.lakeroute.dblocal.ui;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import javax.imageio.ImageIO;

import com.databricks.sdk.WorkspaceClient;
import com.databricks.sdk.core.DatabricksConfig;
import com.databricks.sdk.service.jobs.Run;
import com.databricks.sdk.service.jobs.RunResultState;
import com.databricks.sdk.service.jobs.SparkPythonTask;
import com.databricks.sdk.service.jobs.SubmitRun;
import com.databricks.sdk.service.jobs.SubmitTask;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.lakeroute.dblocal.http.RawHttp;
import dev.lakeroute.dblocal.junit.DatabricksLocalExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages a run's {@code run_page_url} opens, in a real headless Chromium: the login form, then the run page
 * with its state, tasks and output, checked in the DOM and in a screenshot.
 */
class WorkspacePagesBrowserTest {

    @RegisterExtension
    static final DatabricksLocalExtension LOCAL = DatabricksLocalExtension.perJvm();

    /** Databricks' green for SUCCESS in the state badge (#1e8e3e). */
    private static final int SUCCESS_GREEN = 0x1e8e3e;

    private static HeadlessChromium browser;

    @BeforeAll
    static void startBrowser() throws Exception {
        var chromium = HeadlessChromium.find();
        if (chromium.isEmpty() && ("true".equals(System.getenv("UI_BROWSER_REQUIRED")) || Boolean.getBoolean("ui.browser.required"))) {
            throw new IllegalStateException("Chromium is required (UI_BROWSER_REQUIRED, set by .ci/run) but not on the PATH: apt-get install chromium");
        }
        Assumptions.assumeTrue(chromium.isPresent(), "Chromium is not installed (apt-get install chromium); .ci/run installs it");
        browser = new HeadlessChromium(chromium.get());
    }

    @AfterAll
    static void stopBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void runPageUrlOpensTheRunPageAfterSigningInAndShowsItsStateTasksAndOutput() throws Exception {
        Run run = finishedRun("page-run", "print('hello from the run page')\n");
        assertThat(run.getState().getResultState()).isEqualTo(RunResultState.SUCCESS);

        browser.navigate(run.getRunPageUrl());
        browser.waitFor("document.getElementById('token')", Duration.ofSeconds(20));
        browser.evaluate("document.getElementById('token').value='" + LOCAL.token() + "';document.querySelector('form').submit()");
        browser.waitFor("document.getElementById('run-state')", Duration.ofSeconds(20));

        assertThat(browser.evaluate("location.pathname")).isEqualTo("/jobs/" + run.getJobId() + "/runs/" + run.getRunId());
        assertThat(browser.evaluate("document.getElementById('run-state').dataset.state")).isEqualTo("SUCCESS");
        assertThat(browser.evaluate("document.querySelector('tr[data-task=main] .state').dataset.state")).isEqualTo("SUCCESS");
        assertThat(browser.evaluate("document.querySelector('pre.logs').innerText")).contains("hello from the run page");
        assertThat(browser.evaluate("document.body.innerText")).doesNotContain(LOCAL.token());

        byte[] png = browser.screenshot();
        Path saved = Path.of("target", "ui-run-page.png");
        Files.createDirectories(saved.getParent());
        Files.write(saved, png);
        assertThat(pixelsOf(ImageIO.read(new ByteArrayInputStream(png)), SUCCESS_GREEN))
                .as("the screenshot (%s) shows the green SUCCESS badge", saved.toAbsolutePath()).isGreaterThan(300);
    }

    @Test
    void aFailedRunShowsItsErrorAndTheRunsListLinksToIt() throws Exception {
        Run run = finishedRun("page-failure", "raise ValueError('the input is empty')\n");
        assertThat(run.getState().getResultState()).isEqualTo(RunResultState.FAILED);
        signIn();

        browser.navigate(LOCAL.url() + "/jobs/runs");
        browser.waitFor("document.querySelector('a[href=\"/jobs/" + run.getJobId() + "/runs/" + run.getRunId() + "\"]')", Duration.ofSeconds(20));
        browser.evaluate("document.querySelector('a[href=\"/jobs/" + run.getJobId() + "/runs/" + run.getRunId() + "\"]').click()");
        browser.waitFor("document.getElementById('run-state')", Duration.ofSeconds(20));

        assertThat(browser.evaluate("document.getElementById('run-state').dataset.state")).isEqualTo("FAILED");
        assertThat(browser.evaluate("document.querySelector('.error-trace, p.error').innerText")).contains("the input is empty");
    }

    @Test
    void pagesWithoutAValidCookieGoToTheLoginFormAndAWrongTokenIsRefused() throws Exception {
        RawHttp anonymous = new RawHttp(LOCAL.url(), null);
        RawHttp.Reply page = anonymous.get("/jobs/runs");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.response().headers().firstValue("Location")).hasValue("/login?next=%2Fjobs%2Fruns");

        browser.navigate(LOCAL.url() + "/logout");
        browser.waitFor("document.getElementById('token')", Duration.ofSeconds(20));
        browser.evaluate("document.getElementById('token').value='dapi-not-a-token';document.querySelector('form').submit()");
        browser.waitFor("document.getElementById('login-error')", Duration.ofSeconds(20));
        assertThat(browser.evaluate("document.getElementById('login-error').innerText")).contains("not valid");
    }

    private static void signIn() throws InterruptedException {
        browser.navigate(LOCAL.url() + "/login?next=/jobs/runs");
        browser.waitFor("document.getElementById('token')", Duration.ofSeconds(20));
        browser.evaluate("document.getElementById('token').value='" + LOCAL.token() + "';document.querySelector('form').submit()");
        browser.waitFor("document.getElementById('runs')", Duration.ofSeconds(20));
    }

    private static Run finishedRun(String name, String script) throws Exception {
        WorkspaceClient w = new WorkspaceClient(new DatabricksConfig().setHost(LOCAL.url()).setToken(LOCAL.token()));
        RawHttp http = RawHttp.bearer(LOCAL.url(), LOCAL.token());
        String encoded = java.util.Base64.getEncoder().encodeToString(script.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        http.post("/api/2.0/dbfs/put", "{\"path\":\"/ui-test/" + name + ".py\",\"overwrite\":true,\"contents\":\"" + encoded + "\"}");
        return w.jobs().submit(new SubmitRun().setRunName(name).setTasks(List.of(new SubmitTask().setTaskKey("main")
                .setSparkPythonTask(new SparkPythonTask().setPythonFile("dbfs:/ui-test/" + name + ".py"))))).get(Duration.ofSeconds(60));
    }

    private static long pixelsOf(BufferedImage image, int rgb) {
        long count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y) & 0xffffff;
                if (Math.abs((p >> 16) - (rgb >> 16)) < 12 && Math.abs(((p >> 8) & 0xff) - ((rgb >> 8) & 0xff)) < 12
                        && Math.abs((p & 0xff) - (rgb & 0xff)) < 12) {
                    count++;
                }
            }
        }
        return count;
    }
}
