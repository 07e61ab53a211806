package org.gazette.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A reference to another document: a title in 《》, a 发文字号 or 令 number, or both ({@code
 * 《…》（晋政发〔2022〕27号）}).
 *
 * @param text the reference as printed (line breaks and spaces between Chinese characters dropped)
 * @param title the cited title inside the outer 《》, or null
 * @param docNumber the cited number as printed, brackets made 〔〕 and spaces dropped ({@code
 *     晋政发〔2022〕27号}, {@code 国务院令第588号}), or null
 * @param issuerCode the number's issuer abbreviation ({@code 晋政发}, {@code 国务院令}), or null
 * @param year the year of a bracketed 字号, or null (令 numbers have none)
 * @param serial the serial number, or null
 * @param line the raw line the reference starts on
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Citation(
    String text,
    String title,
    String docNumber,
    String issuerCode,
    Integer year,
    Integer serial,
    int line) {}
