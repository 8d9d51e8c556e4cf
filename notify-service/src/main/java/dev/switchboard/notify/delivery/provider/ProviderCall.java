package dev.switchboard.notify.delivery.provider;

/** One request to a provider that carries (part of) a reply. */
@FunctionalInterface
public interface ProviderCall {

    /**
     * Sends, once.
     *
     * @return the id the provider gave the message
     * @throws ProviderFailure when the provider did not accept it
     */
    String send();
}
