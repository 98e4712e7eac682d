package org.clusterforum.account.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;

/**
 * Checks email + password against the members table. The caller principal's name is the member id; the group is
 * the member's role. The detailed outcome (throttled, suspended) is left on the request for the sign-in page.
 */
@ApplicationScoped
public class ForumIdentityStore implements IdentityStore {

    public static final String OUTCOME_ATTRIBUTE = "forum.signin.outcome";

    @Inject
    AccountService accounts;

    @Inject
    HttpServletRequest request;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential typed)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        SignInOutcome outcome = accounts.authenticate(typed.getCaller(), typed.getPasswordAsString(),
                request.getRemoteAddr());
        request.setAttribute(OUTCOME_ATTRIBUTE, outcome);
        if (outcome instanceof SignInOutcome.Success success) {
            return new CredentialValidationResult(new CallerPrincipal(Long.toString(success.memberId())),
                    Set.of(success.role().name()));
        }
        return CredentialValidationResult.INVALID_RESULT;
    }
}
