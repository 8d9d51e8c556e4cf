package dev.switchboard.conversation.workspace;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A weekly schedule must open at least once: a team that never opens has no opening to promise customers (and
 * Switchboard routes conversations whatever the hours, so "never open" would only silence the auto-reply).
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = OpenSomeDay.Check.class)
@interface OpenSomeDay {

    String message() default "must have at least one open interval";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Null is left to {@code @NotNull}. */
    class Check implements ConstraintValidator<OpenSomeDay, Map<?, ?>> {

        @Override
        public boolean isValid(@Nullable Map<?, ?> schedule, ConstraintValidatorContext context) {
            return schedule == null
                    || schedule.values().stream().anyMatch(day -> day instanceof List<?> list && !list.isEmpty());
        }
    }
}
