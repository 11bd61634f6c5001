package vn.onestop.server;

import vn.onestop.server.http.RouteTable;
import vn.onestop.server.queue.DisplayApi;
import vn.onestop.server.queue.DisplayBoard;
import vn.onestop.server.queue.QueueService;
import vn.onestop.server.voice.AnnouncementAudio;
import vn.onestop.server.voice.VoiceApi;

/** The hall: the displays showing the numbers called, and the spoken announcements they play. */
record HallFeature(DisplayBoard board, AnnouncementAudio voice) {

    static HallFeature wire(Platform p, QueueService queue) {
        AnnouncementAudio voice = new AnnouncementAudio(p.config().voice());
        return new HallFeature(new DisplayBoard(p.db(), queue), voice);
    }

    void register(RouteTable r, Platform p, Callers callers, Streams streams) {
        new DisplayApi(board, p.events(), p.json(), streams.display(), callers.client()).register(r);
        new VoiceApi(voice, board, p.config().voice()).register(r);
    }
}
