/**
 * Demo content: when {@code forum.demo} is on and the database has just been created, seeds a realistic
 * health-technology cluster (organisations, members with a shared demo password, the themes and a set of
 * threads with replies) through the ordinary account and discussion services, and prints the demo sign-in
 * details in the start log. Turn it off for a real deployment with {@code FORUM_DEMO=false}.
 */
package org.clusterforum.demo;
