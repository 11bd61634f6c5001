package vn.onestop.kiosk.voice;

import vn.onestop.core.voice.Wav;
import vn.onestop.kiosk.i18n.Messages;

/**
 * Spoken guidance switched on for the screen gallery: every screen gets its "Nghe lại / Speak again" button as on a
 * kiosk with voice on; the sentences are turned into short silence and go to a recording loudspeaker, so walking
 * hundreds of screens runs no speech engine.
 */
public final class GalleryVoice {
    private GalleryVoice() {}

    public static VoiceGuide on(Messages messages) {
        Wav.Format format = new Wav.Format(1, 22_050, 16);
        return new VoiceGuide(GuidanceSettings.off().with(true, GuidanceSettings.DEFAULT_VOLUME), messages,
                new RecordingOut(), (text, language) -> Wav.silence(format, 20));
    }
}
