import java.io.File;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Image-only renderings of text-layer PDFs, to score the OCR path on real layouts against the same
 * gold: every page rendered at DPI (colour, or grey with --grey) and stored as one JPEG per page in
 * a PDF of the same page size, without a text layer. Run with the built jar on the class path:
 *
 * <pre>
 * java -cp pipeline-cli/target/gazette.jar corpus/tools/RenderScans.java 200 OUT_DIR corpus/docs/x.pdf ...
 * ./gazette convert OUT_DIR -o out/scans -q && ./gazette eval out/scans corpus/gold
 * </pre>
 */
public class RenderScans {
  public static void main(String[] args) throws Exception {
    boolean grey = args.length > 0 && args[0].equals("--grey");
    int at = grey ? 1 : 0;
    if (args.length < at + 3) {
      System.err.println("usage: RenderScans [--grey] DPI OUT_DIR FILE.pdf...");
      System.exit(2);
    }
    float dpi = Float.parseFloat(args[at]);
    File out = new File(args[at + 1]);
    out.mkdirs();
    for (int i = at + 2; i < args.length; i++) {
      File in = new File(args[i]);
      try (PDDocument src = Loader.loadPDF(in);
          PDDocument scan = new PDDocument()) {
        PDFRenderer renderer = new PDFRenderer(src);
        for (int p = 0; p < src.getNumberOfPages(); p++) {
          var image = renderer.renderImageWithDPI(p, dpi, grey ? ImageType.GRAY : ImageType.RGB);
          PDPage page =
              new PDPage(
                  new PDRectangle(image.getWidth() * 72f / dpi, image.getHeight() * 72f / dpi));
          scan.addPage(page);
          var jpeg = JPEGFactory.createFromImage(scan, image, 0.85f);
          try (var cs = new PDPageContentStream(scan, page)) {
            cs.drawImage(
                jpeg, 0, 0, page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
          }
        }
        scan.save(new File(out, in.getName()));
        System.out.println(in.getName() + ": " + src.getNumberOfPages() + " pages");
      }
    }
  }
}
