package org.wso287g.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * A password the engine's policy refuses (generic property {@code enablePasswordPolicy}) reaches the
 * person who typed it as a 400 that says what the policy asks for. The engine refuses it with a bare
 * {@code ProcessEngineException("Password does not match policy")}, which /engine-rest and the web apps'
 * engine API (Admin) answer with a 500; as a {@link BadUserRequestException} they answer 400 with its
 * message. Applies wherever a password is saved: Admin, {@code /engine-rest/user/create},
 * {@code /engine-rest/user/{id}/credentials}, and code calling {@code IdentityService.saveUser}.
 */
@Component
public class PasswordPolicyPlugin extends AbstractProcessEnginePlugin {

  /** The engine's refusal (SaveUserCmd), the only thing that tells it from SaveUserCmd's other failures. */
  static final String ENGINE_REFUSAL = "Password does not match policy";

  /**
   * The engine's own refusal of a weak password: an everyday answer to a person, not a fault, so the log
   * filter for refusals (org.wso287g.config.RefusalLogFilter) keeps it out of the error log.
   */
  public static boolean isEngineRefusal(Object logged) {
    return logged instanceof ProcessEngineException refused && refused.getClass() == ProcessEngineException.class
        && ENGINE_REFUSAL.equals(refused.getMessage());
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
        ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
    interceptors.add(new WeakPasswordRefusal(configuration));
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
  }

  private static final class WeakPasswordRefusal extends CommandInterceptor {

    private final ProcessEngineConfigurationImpl configuration;

    WeakPasswordRefusal(ProcessEngineConfigurationImpl configuration) {
      this.configuration = configuration;
    }

    @Override
    public <T> T execute(Command<T> command) {
      try {
        return next.execute(command);
      } catch (ProcessEngineException refused) {
        if (command instanceof SaveUserCmd && isEngineRefusal(refused)) {
          throw new BadUserRequestException(sentence(configuration.getPasswordPolicy()), refused);
        }
        throw refused;
      }
    }

    private static String sentence(PasswordPolicy policy) {
      return "The password does not meet the password policy: " + PasswordPolicyInWords.of(policy.getRules()) + ".";
    }
  }
}
