/**
 * The visitors' page cache: pages a visitor only reads are kept rendered for a short while and dropped the moment
 * any content changes ({@link org.clusterforum.platform.cache.ContentVersion}). Signed-in members are never
 * served from it.
 */
package org.clusterforum.platform.cache;
