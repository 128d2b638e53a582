package org.gsef.governance.query.pages.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The pages people look at: one page application, its views addressed by path so that each can be bookmarked; {@code
 * /public} is its dashboard for anyone, without signing in.
 */
@Controller
class PageRoutes {

    @GetMapping({"/", "/admissions", "/committee", "/roadmap", "/objectives", "/public"})
    String page() {
        return "forward:/index.html";
    }
}
