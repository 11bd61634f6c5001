package vn.onestop.server.voice;

/** A call to announce: the displayed ticket number ({@code A015}) and the counter's id and display name. */
public record Announcement(String number, String counterId, String counterName) {}
