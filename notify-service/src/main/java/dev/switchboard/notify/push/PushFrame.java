package dev.switchboard.notify.push;

/**
 * One frame for an agent's client, the same whichever way it travels: a WebSocket sends {@code json}; SSE sends it
 * as {@code data:} with {@code id:} = {@code position} and {@code event:} = {@code type}.
 *
 * @param position the cursor to resume after this frame
 * @param type the CloudEvents type
 * @param json the whole CloudEvent, structured mode
 */
public record PushFrame(String position, String type, String json) {
}
