package vn.onestop.core.catalogue;

import java.util.List;
import java.util.Objects;

/**
 * How a procedure is filed online, as the kiosk guides it.
 *
 * @param channel       where it may be filed (online only, online or counter, counter only)
 * @param nationalCode  the national procedure code (e.g. {@code 1.004222}); empty when no public source gave it
 * @param portalUrl     the link that opens the procedure (or the portal) on the citizen's phone; empty for
 *                      counter-only procedures
 * @param channelSource where the channel comes from (e.g. Directive 24/CT-TTg); empty when it is the catalogue's
 *                      own reading of the online level
 * @param ready         what to have ready before starting (bilingual), the procedure's documents come after these
 * @param steps         the steps on the portal or in VNeID (bilingual), {@code {name}}/{@code {code}} filled in
 */
public record OnlineFiling(FilingChannel channel, String nationalCode, String portalUrl, String channelSource,
        List<GuideText> ready, List<GuideText> steps) {

    public OnlineFiling {
        Objects.requireNonNull(channel, "channel");
        nationalCode = nationalCode == null ? "" : nationalCode;
        portalUrl = portalUrl == null ? "" : portalUrl;
        channelSource = channelSource == null ? "" : channelSource;
        ready = List.copyOf(ready);
        steps = List.copyOf(steps);
    }

    /** What a procedure built without filing data gets: counter only, or online-or-counter for an online level. */
    static OnlineFiling fromLevel(OnlineLevel level) {
        return new OnlineFiling(level == OnlineLevel.NONE ? FilingChannel.COUNTER_ONLY
                : FilingChannel.ONLINE_OR_COUNTER, "", "", "", List.of(), List.of());
    }

    /** Whether the kiosk can guide online filing: an online channel with a link to open. */
    public boolean guided() {
        return channel.online() && !portalUrl.isEmpty();
    }
}
