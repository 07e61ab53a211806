/**
 * gazette: Chinese government gazettes (政府公报) to validated, structured JSON. Start at {@link
 * org.gazette.Pipeline}.
 */
package org.gazette;
