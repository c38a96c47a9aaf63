package dev.hardground.model;

/**
 * A third party that brokered the agreement.
 *
 * @param name         who brokered it
 * @param staysEngaged whether it keeps paying, guaranteeing or policing the deal after signature
 */
public record Broker(String name, Boolean staysEngaged) {
    public Broker {
        staysEngaged = staysEngaged != null && staysEngaged;
    }
}
