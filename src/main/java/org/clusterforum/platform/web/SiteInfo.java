package org.clusterforum.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.clusterforum.platform.config.ForumConfig;

/** Site-wide facts for the layout: {@code #{site.name}}. */
@Named("site")
@ApplicationScoped
public class SiteInfo {

    @Inject
    ForumConfig config;

    public String getName() {
        return config.siteName();
    }
}
