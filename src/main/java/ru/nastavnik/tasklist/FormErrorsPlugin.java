package ru.nastavnik.tasklist;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * A step's listener rejects a form with a {@link FormFieldValidationException} carrying a Russian message; the engine
 * wraps every listener exception in an English one, which Tasklist would show as a server error. This interceptor,
 * outside the transaction (already rolled back), hands the validation error itself back to the caller: Tasklist shows
 * the Russian message and the REST API answers 400.
 */
@Component
class FormErrorsPlugin extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<CommandInterceptor> interceptors = new ArrayList<>();
		if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
			interceptors.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
		}
		interceptors.add(new UnwrapFormValidation());
		configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
	}

	static final class UnwrapFormValidation extends CommandInterceptor {

		@Override
		public <T> T execute(Command<T> command) {
			try {
				return next.execute(command);
			}
			catch (RuntimeException e) {
				for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
					if (cause instanceof FormFieldValidationException validation) {
						throw validation;
					}
				}
				throw e;
			}
		}
	}
}
