package org.gazette.model;

/**
 * One 任免 statement for one person and one post ({@code 任命张三为县教育局局长}).
 *
 * @param person the name, padding spaces removed, without 同志
 * @param action the verb as printed ({@code 任命}, {@code 任}, {@code 免去}, {@code 聘任} …)
 * @param position the post alone ({@code 副局长}), without 职务
 * @param organisation the unit the post is in, as printed in the statement, or null
 * @param qualifier conditions printed with it ({@code 试用期一年}), or null
 * @param effectiveDate ISO date from which it takes effect when the text says so, or null
 * @param line the raw line the person's name stands on
 * @param text the statement as printed
 */
public record Appointment(
    String person,
    String action,
    String position,
    String organisation,
    String qualifier,
    String effectiveDate,
    int line,
    String text) {}
