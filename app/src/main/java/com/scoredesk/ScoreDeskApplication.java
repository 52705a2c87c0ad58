package com.scoredesk;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** ScoreDesk: the web app, or one of its commands when the first argument names one. */
@SpringBootApplication
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
@PWA(name = "ScoreDesk 体验分工作台", shortName = "ScoreDesk")
public class ScoreDeskApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(ScoreDeskApplication.class, args);
    }
}
