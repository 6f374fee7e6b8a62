package com.shopagent.tools.tasks;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import java.util.Properties;

/** Sends {@code email} tasks over SMTP (Jakarta Mail, Angus implementation). Blocking. */
public final class SmtpMailer implements TaskHandler {
  private final SmtpSettings settings;
  private final Session session;

  public SmtpMailer(SmtpSettings settings) {
    this.settings = settings;
    Properties p = new Properties();
    p.put("mail.smtp.host", settings.host());
    p.put("mail.smtp.port", String.valueOf(settings.port()));
    p.put("mail.smtp.connectiontimeout", String.valueOf(settings.timeout().toMillis()));
    p.put("mail.smtp.timeout", String.valueOf(settings.timeout().toMillis()));
    p.put("mail.smtp.writetimeout", String.valueOf(settings.timeout().toMillis()));
    p.put("mail.smtp.starttls.enable", String.valueOf(settings.startTls()));
    p.put("mail.smtp.starttls.required", String.valueOf(settings.startTls()));
    boolean auth = !settings.user().isEmpty();
    p.put("mail.smtp.auth", String.valueOf(auth));
    this.session = auth ? Session.getInstance(p, new Authenticator() {
      @Override
      protected PasswordAuthentication getPasswordAuthentication() {
        return new PasswordAuthentication(settings.user(), settings.password());
      }
    }) : Session.getInstance(p);
  }

  @Override
  public void execute(String taskId, Map<String, String> payload) throws MessagingException {
    MimeMessage m = new MimeMessage(session);
    m.setFrom(new InternetAddress(settings.from()));
    m.setRecipient(Message.RecipientType.TO, new InternetAddress(payload.get("to"), true));
    m.setSubject(payload.get("subject"), "UTF-8");
    m.setText(payload.get("body"), "UTF-8");
    // lets a receiving desk or the customer's client spot a duplicate if one ever slips through
    m.setHeader("X-Shop-Agent-Task", taskId);
    Transport.send(m);
  }
}
