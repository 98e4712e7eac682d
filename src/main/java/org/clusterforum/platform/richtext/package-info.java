/**
 * User-written rich text, and the one policy that makes it safe.
 *
 * <ul>
 *   <li><b>One policy.</b> {@link org.clusterforum.platform.richtext.RichTextPolicy} is the only sanitiser for user
 *       HTML in the forum (posts, comments, descriptions…); do not build another one elsewhere.</li>
 *   <li><b>Sanitise on write.</b> Untrusted HTML (from {@code p:textEditor} or any request) goes through
 *       {@link org.clusterforum.platform.richtext.RichTextPolicy#sanitize(String)} before it is stored; plain text
 *       goes through {@link org.clusterforum.platform.richtext.RichTextPolicy#fromPlainText(String)}. Both return a
 *       {@link org.clusterforum.platform.richtext.RichText}, the only type entities store bodies in, which nothing
 *       else can create from a string.</li>
 *   <li><b>Render unescaped only through it.</b> The only HTML a page may output with {@code escape="false"} is
 *       {@link org.clusterforum.platform.richtext.RichText#html()} of a stored {@code RichText}; everything else
 *       (titles, names, excerpts, {@link org.clusterforum.platform.richtext.RichText#text()}) is rendered
 *       escaped.</li>
 * </ul>
 */
package org.clusterforum.platform.richtext;
