package org.gazette.ocr;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.awt.image.BufferedImage;
import java.nio.FloatBuffer;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Whether a page was scanned upside down, told by PP-OCR's text direction classifier (0° or 180°
 * per text line) on the page's widest lines: the surest, and a handful is enough for a page.
 */
final class Orientation {
  private Orientation() {}

  /** The classifier's model. */
  static final String MODEL = "/models/ch_ppocr_mobile_v2.0_cls_infer.onnx";

  private static final int HEIGHT = 48;
  private static final int WIDTH = 192;

  /** Lines classified per page. */
  private static final int SAMPLE = 12;

  /** Fewest lines on which a page is judged. */
  private static final int MIN_LINES = 3;

  /** How sure the classifier must be that a line is upside down. */
  private static final float SURE = 0.9f;

  /**
   * True when most of the widest horizontal lines of {@code image} (boxes in its pixels) read
   * upside down.
   */
  static boolean upsideDown(
      OrtEnvironment env, OrtSession cls, BufferedImage image, List<TextBoxes.Box> boxes)
      throws OrtException {
    List<TextBoxes.Box> wide =
        boxes.stream()
            .filter(b -> b.width() >= 3 * b.height())
            .sorted(Comparator.comparingInt(TextBoxes.Box::width).reversed())
            .limit(SAMPLE)
            .toList();
    int n = wide.size();
    if (n < MIN_LINES) {
      return false;
    }
    int plane = HEIGHT * WIDTH;
    float[] input = new float[n * 3 * plane]; // zero = mid grey after normalisation: padding
    for (int k = 0; k < n; k++) {
      TextBoxes.Box b = wide.get(k);
      BufferedImage crop = image.getSubimage(b.left(), b.top(), b.width(), b.height());
      int w =
          Math.max(1, Math.min(WIDTH, (int) Math.ceil(HEIGHT * (double) b.width() / b.height())));
      Crops.put(crop, w, HEIGHT, input, k * 3 * plane, WIDTH);
    }
    int flipped = 0;
    try (OnnxTensor x =
            OnnxTensor.createTensor(
                env, FloatBuffer.wrap(input), new long[] {n, 3, HEIGHT, WIDTH});
        OrtSession.Result out = cls.run(Map.of(cls.getInputNames().iterator().next(), x))) {
      float[][] probs = (float[][]) out.get(0).getValue();
      for (float[] p : probs) {
        flipped += p[1] >= SURE ? 1 : 0;
      }
    }
    return flipped * 2 > n;
  }
}
