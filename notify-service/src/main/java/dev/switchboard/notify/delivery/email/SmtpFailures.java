package dev.switchboard.notify.delivery.email;

import dev.switchboard.notify.delivery.provider.ProviderFailure;
import jakarta.mail.MessagingException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.jspecify.annotations.Nullable;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;

/**
 * Classifies what the SMTP relay said by its reply code (RFC 5321 4.2.1): 4yz is a transient refusal and is retried,
 * 5yz is permanent (an unknown mailbox, a policy); refused credentials or an address we cannot even write are
 * permanent; a relay that cannot be reached or does not answer is transient.
 */
final class SmtpFailures {

    private SmtpFailures() {
    }

    static ProviderFailure of(Exception failure) {
        if (failure instanceof MailAuthenticationException) {
            return failure(ProviderFailure.Kind.PERMANENT, null, "the relay refused our credentials");
        }
        for (Throwable cause : causes(failure)) {
            Integer code = replyCode(cause);
            if (code != null) {
                ProviderFailure.Kind kind = code >= 500 ? ProviderFailure.Kind.PERMANENT
                        : ProviderFailure.Kind.TRANSIENT;
                return failure(kind, code, String.valueOf(cause.getMessage()).strip());
            }
        }
        if (failure instanceof MessagingException) {
            return failure(ProviderFailure.Kind.PERMANENT, null, "cannot write the mail: " + failure.getMessage());
        }
        return failure(ProviderFailure.Kind.TRANSIENT, null, "relay unreachable or silent ("
                + rootOf(failure).getClass().getSimpleName() + ")");
    }

    private static @Nullable Integer replyCode(Throwable cause) {
        if (cause instanceof SMTPSendFailedException sendFailed) {
            return sendFailed.getReturnCode();
        }
        return cause instanceof SMTPAddressFailedException addressFailed ? addressFailed.getReturnCode() : null;
    }

    /** The failure, the mail exceptions Spring collected, and each one's cause and next-exception chain. */
    private static List<Throwable> causes(Exception failure) {
        List<Throwable> pending = new ArrayList<>(List.of(failure));
        if (failure instanceof MailSendException send) {
            pending.addAll(List.of(send.getMessageExceptions()));
        }
        List<Throwable> seen = new ArrayList<>();
        while (!pending.isEmpty() && seen.size() < 32) {
            Throwable next = pending.remove(0);
            if (next == null || seen.contains(next)) {
                continue;
            }
            seen.add(next);
            pending.add(next.getCause());
            if (next instanceof MessagingException messaging) {
                pending.add(messaging.getNextException());
            }
        }
        return seen;
    }

    private static Throwable rootOf(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private static ProviderFailure failure(ProviderFailure.Kind kind, @Nullable Integer code, String detail) {
        return new ProviderFailure(EmailReplies.PROVIDER, kind, code, null, detail, null);
    }
}
