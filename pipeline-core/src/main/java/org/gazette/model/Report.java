package org.gazette.model;

/**
 * What the subtitle of a speech or report (政府工作报告) says.
 *
 * @param date ISO date from the subtitle, or null
 * @param occasion e.g. 稷山县第十七届人民代表大会第三次会议, or null
 * @param speaker the speaker line, e.g. 稷山县人民政府县长王润, or null
 * @param subtitle the subtitle as printed
 */
public record Report(String date, String occasion, String speaker, String subtitle) {
  /** An occasion or speaker left empty by the subtitle ({@code （1978年5月24日通过）}) is none. */
  public Report {
    occasion = occasion == null || occasion.isBlank() ? null : occasion;
    speaker = speaker == null || speaker.isBlank() ? null : speaker;
  }
}
