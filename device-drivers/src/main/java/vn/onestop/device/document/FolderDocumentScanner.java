package vn.onestop.device.document;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The camera path for papers: the document camera's software writes each captured frame as an image file into a
 * folder (as the camera path of the code scanner does); {@link #scan} takes the oldest one, deletes it and returns
 * it as a page. Blocking only for the file read.
 */
public final class FolderDocumentScanner implements DocumentScanner {
    private final Path folder;
    private final int dpi;
    private final PageDecoder decoder;

    public FolderDocumentScanner(Path folder, int dpi, PageDecoder decoder) {
        this.folder = Objects.requireNonNull(folder, "folder");
        this.dpi = dpi;
        this.decoder = Objects.requireNonNull(decoder, "decoder");
    }

    @Override
    public String describe() {
        return "camera:" + folder;
    }

    @Override
    public ScannedPage scan() throws DocumentScanException {
        if (!Files.isDirectory(folder)) {
            throw new DocumentScanException(ScanFault.NO_SCANNER, "the camera folder " + folder + " does not exist");
        }
        Path oldest = oldest();
        try {
            byte[] bytes = Files.readAllBytes(oldest);
            Files.deleteIfExists(oldest);
            return decoder.decode(bytes, dpi);
        } catch (IOException e) {
            throw new DocumentScanException(ScanFault.FAILED, "cannot read " + oldest.getFileName() + ": "
                    + e.getMessage(), e);
        }
    }

    private Path oldest() throws DocumentScanException {
        List<Path> frames = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path f : files) {
                String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
                if (Files.isRegularFile(f) && !name.startsWith(".")) {
                    frames.add(f);
                }
            }
        } catch (IOException e) {
            throw new DocumentScanException(ScanFault.NO_SCANNER, "cannot list " + folder + ": " + e.getMessage(), e);
        }
        return frames.stream().min(Comparator.comparing(FolderDocumentScanner::modified)
                .thenComparing(Path::toString)).orElseThrow(() -> new DocumentScanException(ScanFault.NO_PAPER,
                "no picture from the camera in " + folder));
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(Long.MAX_VALUE);
        }
    }
}
