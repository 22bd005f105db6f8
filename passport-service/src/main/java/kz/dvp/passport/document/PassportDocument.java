package kz.dvp.passport.document;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import kz.dvp.passport.domain.Level;
import kz.dvp.passport.domain.Passport;
import kz.dvp.passport.service.PassportReader.TimelineEntry;
import kz.dvp.platform.time.Today;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The printable passport (A4, PDF): holder, number, region, level, figures, programmes, badges, recent activities
 * and a QR code of the public verification page. Liberation Sans is embedded (subset), so Kazakh letters such as
 * Ә, Ғ, Қ, Ң, Ө, Ұ, Ү, Һ, І print on any viewer.
 */
public final class PassportDocument {

    private static final String REGULAR = "/liberation/LiberationSans-Regular.ttf";
    private static final String BOLD = "/liberation/LiberationSans-Bold.ttf";
    private static final float MARGIN = 50;
    private static final float QR_SIZE = 110;

    /** What a document shows. */
    public record Content(Passport passport, String holderName, Level level, Map<String, BigDecimal> hoursByProgram,
                          List<TimelineEntry> recent, String verificationUrl, LocalDate issuedOn) {
    }

    private PassportDocument() {
    }

    public static byte[] render(Content content, Labels labels) {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            PDType0Font regular = font(pdf, REGULAR);
            PDType0Font bold = font(pdf, BOLD);
            Passport p = content.passport();
            try (PDPageContentStream out = new PDPageContentStream(pdf, page)) {
                Writer w = new Writer(out, regular, bold, page.getMediaBox().getHeight() - MARGIN);
                w.line(bold, 20, labels.get("title"));
                w.gap(10);
                w.line(bold, 14, content.holderName());
                w.field(labels.get("number"), p.passportNumber);
                w.field(labels.get("region"), labels.region(p.region));
                w.field(labels.get("status"), "ACTIVE".equals(p.status) ? labels.get("valid") : labels.get("notValid"));
                w.field(labels.get("level"), labels.level(content.level()));
                w.field(labels.get("hours"), hours(p.totalHours));
                w.field(labels.get("activities"), String.valueOf(p.verifiedActivities));
                w.field(labels.get("organizations"), String.valueOf(p.organizations));
                w.field(labels.get("projects"), String.valueOf(p.projects));
                w.gap(8);
                w.line(bold, 12, labels.get("programmes"));
                if (content.hoursByProgram().isEmpty()) {
                    w.line(regular, 10, labels.get("none"));
                }
                content.hoursByProgram().forEach((code, h) -> w.line(regular, 10, code + ": " + hours(h)));
                w.gap(6);
                w.line(bold, 12, labels.get("badges"));
                w.line(regular, 10, p.badges.isEmpty() ? labels.get("none") : p.badges.replace(",", ", "));
                w.gap(6);
                w.line(bold, 12, labels.get("recent"));
                w.line(bold, 9, labels.get("date") + "  |  " + labels.get("organization") + "  |  "
                        + labels.get("project") + "  |  " + labels.get("hours"));
                for (TimelineEntry a : content.recent()) {
                    w.line(regular, 9, a.start().atZone(Today.ZONE).toLocalDate() + "  |  "
                            + shorten(a.organizationName(), 40) + "  |  " + shorten(a.projectName(), 40) + "  |  "
                            + hours(a.hours()));
                }
                qr(out, content.verificationUrl());
                Writer footer = new Writer(out, regular, bold, MARGIN + 12);
                footer.line(regular, 8, labels.get("verify") + ": " + content.verificationUrl());
                footer.line(regular, 8, labels.get("issued") + ": " + content.issuedOn());
            }
            pdf.getDocumentInformation().setTitle(labels.get("title") + " " + p.passportNumber);
            pdf.getDocumentInformation().setCreationDate(java.util.Calendar.getInstance());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            pdf.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The QR code in the top right corner, drawn as vector squares. */
    private static void qr(PDPageContentStream out, String url) throws IOException {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 1, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
        } catch (WriterException e) {
            throw new IllegalStateException("The verification address does not fit a QR code", e);
        }
        float module = QR_SIZE / matrix.getWidth();
        float left = PDRectangle.A4.getWidth() - MARGIN - QR_SIZE;
        float top = PDRectangle.A4.getHeight() - MARGIN;
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    out.addRect(left + x * module, top - (y + 1) * module, module, module);
                }
            }
        }
        out.fill();
    }

    private static PDType0Font font(PDDocument pdf, String resource) throws IOException {
        try (InputStream in = PassportDocument.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font " + resource + " is missing from the classpath");
            }
            return PDType0Font.load(pdf, in, true);
        }
    }

    private static String hours(BigDecimal hours) {
        return hours.stripTrailingZeros().toPlainString();
    }

    private static String shorten(String text, int max) {
        if (text == null) {
            return "—";
        }
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** Writes lines downwards from a starting height, leaving out characters the font cannot draw. */
    private static final class Writer {

        private final PDPageContentStream out;
        private final PDType0Font regular;
        private final PDType0Font bold;
        private float y;

        Writer(PDPageContentStream out, PDType0Font regular, PDType0Font bold, float top) {
            this.out = out;
            this.regular = regular;
            this.bold = bold;
            this.y = top;
        }

        void field(String label, String value) {
            line(bold, 11, label + ":", regular, value);
        }

        void line(PDType0Font font, float size, String text) {
            line(font, size, text, null, null);
        }

        private void line(PDType0Font font, float size, String text, PDType0Font valueFont, String value) {
            try {
                y -= size * 1.45f;
                out.beginText();
                out.setFont(font, size);
                out.newLineAtOffset(MARGIN, y);
                out.showText(drawable(font, text));
                if (value != null) {
                    out.setFont(valueFont, size);
                    out.showText(" " + drawable(valueFont, value));
                }
                out.endText();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void gap(float points) {
            y -= points;
        }

        private static String drawable(PDType0Font font, String text) {
            StringBuilder kept = new StringBuilder(text.length());
            text.codePoints().forEach(cp -> {
                String c = new String(Character.toChars(cp));
                try {
                    font.encode(c);
                    kept.append(c);
                } catch (IllegalArgumentException | IOException e) {
                    kept.append('?');
                }
            });
            return kept.toString();
        }
    }
}
