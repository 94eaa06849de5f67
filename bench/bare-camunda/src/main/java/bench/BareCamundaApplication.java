package bench;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class BareCamundaApplication {

	public static void main(String[] args) {
		SpringApplication.run(BareCamundaApplication.class, args);
	}
}
