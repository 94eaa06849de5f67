package ru.nastavnik.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.nastavnik.NastavnikTest;
import ru.nastavnik.PageClient;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.StageOneDriver;

/**
 * Loading a list on the page: the errors of each row in a table before anything is written, «только верные строки»,
 * the import running in the background with its progress, and the outcome; the same check as the API's.
 */
@NastavnikTest
class ImportPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	StageOneDriver stageOne;

	@Autowired
	JdbcTemplate jdbc;

	private long participants(Programme programme) {
		return jdbc.queryForObject("select count(*) from participant where programme_id = ?", Long.class,
				programme.getId());
	}

	@Test
	void shouldShowTheRowErrorsThenLoadOnlyTheValidRowsInTheBackground() throws Exception {
		Programme programme = stageOne.startSchoolProgramme();
		int year = programme.getStartsOn().getYear();
		String csv = String.join(";", ImportApiTests.COLUMNS) + "\n"
				+ "Списочная Анна Ивановна;" + (year - 30) + "-05-01;учитель;наставник;anna@example.ru;;\n"
				+ "Списочный Олег Петрович;31.02." + (year - 13) + ";7 «Б»;наставляемый;;;Списочная Мария\n"
				+ "Списочная Ева Олеговна;" + (year - 12) + "-01-10;6 «А»;наставляемый;;;\n"
				+ "Списочный Глеб Ильич;" + (year - 40) + "-02-02;инженер;наставник;;;\n";
		String imports = "/programmes/" + programme.getId() + "/imports";
		PageClient curator = PageClient.signIn(port, "curator-school3", "demo");
		assertThat(curator.get(imports).body()).contains("Загрузить список участников", "Проверить файл");

		HttpResponse<String> checked = curator.postFile(imports, "file", "список 7 класса.csv",
				csv.getBytes(StandardCharsets.UTF_8));
		assertThat(checked.statusCode()).isEqualTo(302);
		String job = checked.headers().firstValue("Location").orElseThrow();
		job = job.substring(job.indexOf("/programmes/"));
		HttpResponse<String> check = curator.get(job);
		assertThat(check.body()).contains("Строк в файле: 4, верных: 2, с ошибками: 2", "Ошибки по строкам",
				"не существует", "законного представителя", "Загрузить только верные строки (2)")
			.doesNotContain("Загрузить все строки");
		assertThat(participants(programme)).isZero();

		HttpResponse<String> started = curator.postForm(job, Map.of("onlyValidRows", "true"));
		assertThat(started.statusCode()).isEqualTo(302);
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		String page = curator.get(job).body();
		while (!page.contains("Список загружен") && System.nanoTime() < deadline) {
			assertThat(page).doesNotContain("Ничего не загружено");
			Thread.sleep(200);
			page = curator.get(job).body();
		}
		assertThat(page).contains("Список загружен: участников — 2, пропущено строк с ошибками — 2");
		assertThat(participants(programme)).isEqualTo(2);
		assertThat(curator.get(imports).body()).contains("список 7 класса.csv");

		// another person cannot see or start this load
		HttpResponse<String> other = PageClient.signIn(port, "workgroup-school3", "demo").get(job);
		assertThat(other.statusCode()).isEqualTo(404);
	}

	@Test
	void shouldRefuseAFileThatIsNotAList() {
		Programme programme = stageOne.startSchoolProgramme();
		String imports = "/programmes/" + programme.getId() + "/imports";
		PageClient curator = PageClient.signIn(port, "curator-school3", "demo");
		curator.get(imports);
		HttpResponse<String> refused = curator.postFile(imports, "file", "empty.csv", new byte[0]);
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("Выберите файл списка");
		curator.get(imports);
		HttpResponse<String> columns = curator.postFile(imports, "file", "columns.csv",
				"ФИО;Дата рождения;Отчество\nИванов Иван;01.01.2010;Иванович\n".getBytes(StandardCharsets.UTF_8));
		assertThat(columns.statusCode()).isEqualTo(422);
		assertThat(columns.body()).contains("Отчество");
	}
}
