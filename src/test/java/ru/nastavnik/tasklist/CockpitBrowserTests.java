package ru.nastavnik.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.nastavnik.NastavnikTest;
import ru.nastavnik.WebBrowser;
import ru.nastavnik.programme.ProgrammeProcess;

/** The auditor reviews a programme in Cockpit, in Russian, with its diagram drawn as the modeller drew it. */
@NastavnikTest
class CockpitBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	RepositoryService repositoryService;

	@Test
	void shouldShowTheAuditorTheProgrammeDiagramInRussian() {
		String definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(ProgrammeProcess.KEY)
			.latestVersion().singleResult().getId();
		try (WebBrowser web = new WebBrowser()) {
			String cockpit = "http://localhost:" + port + "/camunda/app/cockpit/default/";
			web.signIn(cockpit, "auditor", ".dashboard, [cam-dashboard], .page-wrapper");

			web.driver.get(cockpit + "#/process-definition/" + definition + "/runtime");
			web.wait.until(ExpectedConditions.presenceOfElementLocated(
					By.xpath("//*[name()='text']/*[name()='tspan' and contains(., 'Этап I.')]")));
			web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("body"),
					"Программа наставничества"));
			web.screenshot("cockpit-programme.png");

			String page = web.driver.findElement(By.cssSelector("body")).getText();
			assertThat(page).contains("Программа наставничества").doesNotContain("Process Instances");
		}
	}
}
