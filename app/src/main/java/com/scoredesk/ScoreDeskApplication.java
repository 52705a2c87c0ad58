package com.scoredesk;

import com.scoredesk.app.cli.CommandLine;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.lumo.Lumo;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
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
        // the answers hold Chinese text: UTF-8 whatever the platform's locale says
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        OptionalInt command = CommandLine.run(args, ScoreDeskApplication.class, out, err);
        if (command.isPresent()) {
            System.exit(command.getAsInt());
        }
        SpringApplication.run(ScoreDeskApplication.class, args);
    }
}
