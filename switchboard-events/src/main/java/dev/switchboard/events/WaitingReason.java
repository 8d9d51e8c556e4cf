package dev.switchboard.events;

/** Why a conversation needs an agent: first contact, a resolved one the customer reopened, or one handed back. */
public enum WaitingReason {
    NEW, REOPENED, REQUEUED
}
