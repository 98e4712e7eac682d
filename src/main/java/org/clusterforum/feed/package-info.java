/** Atom feeds of public content: a theme's new threads and a tag's new challenges (Rome). */
package org.clusterforum.feed;
