package dev.switchboard.notify.delivery.provider;

/** Told about every try as it ends, so each one is on record before the next begins. */
@FunctionalInterface
public interface AttemptObserver {

    void attempted(ProviderAttempt attempt);
}
