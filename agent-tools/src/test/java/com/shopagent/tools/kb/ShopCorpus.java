package com.shopagent.tools.kb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** A small, made-up kitchenware shop's help pages, written as Markdown files for tests. */
final class ShopCorpus {

  static final String SHIPPING_URL = "/help/shipping";
  static final String RETURNS_URL = "/policies/returns";
  static final String WARRANTY_URL = "/policies/warranty";
  static final String AURORA_URL = "/products/aurora-kettle";
  static final String BOREALIS_URL = "/products/borealis-kettle";
  static final String AURORA_TAG = "product:1042";
  static final String GIFT_CARDS_URL = "/help/gift-cards";

  static final Map<String, String> PAGES = new LinkedHashMap<>();

  static {
    PAGES.put("help/shipping.md", """
        ---
        title: Shipping and delivery
        url: /help/shipping
        tags: [shipping]
        ---
        # Shipping and delivery

        We ship every order from our warehouse in Lyon within one working day.

        ## Delivery times
        France: 1-2 working days. Germany, Belgium and the Netherlands: 2-4 working days.
        Rest of the EU: 3-6 working days. We do not deliver outside the European Union yet.

        ## Shipping costs
        Standard delivery costs 4.90 EUR and is free for orders above 60 EUR.
        Express delivery costs 12 EUR and arrives the next working day in France.

        ## Tracking your parcel
        As soon as your parcel leaves the warehouse you receive an email with a tracking link.
        """);
    PAGES.put("policies/returns.md", """
        ---
        title: Returns and refunds policy
        url: /policies/returns
        tags: [policy, returns]
        policy: true
        ---
        # Returns and refunds

        ## Returning an item
        You can send back any item within 30 days of delivery. Start a return from your account
        page and print the prepaid label.

        ## Worn or used items
        Used kettles and pans can be returned only when they are faulty. Items that were used and
        work normally cannot be taken back for hygiene reasons.

        ## Refunds
        We refund the purchase price to the original payment method within 5 working days after
        the parcel reaches our warehouse.
        """);
    PAGES.put("policies/warranty.md", """
        ---
        title: Warranty policy
        url: /policies/warranty
        tags: [policy]
        policy: true
        ---
        Every appliance carries a two-year warranty from the date of delivery. If a product stops
        working because of a manufacturing defect we repair or replace it free of charge.
        Damage caused by limescale, drops or misuse is not covered.
        """);
    PAGES.put("products/aurora.md", """
        ---
        title: Aurora glass kettle
        url: /products/aurora-kettle
        tags: [product:1042, kettles]
        ---
        The Aurora is a 1.7 litre borosilicate glass kettle with a blue LED ring.

        ## Keep warm
        Press the keep warm button and the Aurora holds your water at the chosen temperature for
        30 minutes, then switches itself off.

        ## Temperature presets
        Five presets: 60, 70, 80, 90 and 100 degrees, ideal for green and white tea.
        """);
    PAGES.put("products/borealis.md", """
        ---
        title: Borealis steel kettle
        url: /products/borealis-kettle
        tags: [product:2077, kettles]
        ---
        The Borealis is a 1.5 litre brushed stainless steel kettle with a double wall that stays cool.

        ## Keep warm
        Hold the keep warm button for two seconds and the Borealis keeps the water hot for
        60 minutes before it turns off.

        ## Quiet boil
        A slow final heating stage makes the Borealis one of the quietest kettles we sell.
        """);
    PAGES.put("guides/kettle-care.md", """
        ---
        title: Kettle care and descaling guide
        url: /guides/kettle-care
        tags: [guide, kettles]
        ---
        ## Descaling
        Fill the kettle halfway with equal parts water and white vinegar, boil, leave it for an
        hour, then rinse three times. Descale once a month if your water is hard.

        ## Cleaning the outside
        Wipe glass and steel with a soft damp cloth. Never put a kettle in the dishwasher.
        """);
    PAGES.put("help/payment.md", """
        ---
        title: Payment methods
        url: /help/payment
        tags: [payment]
        ---
        We accept Visa, Mastercard, PayPal and bank transfer. Your card is charged when the order
        ships. Bank transfers must arrive within 7 days or the order is cancelled.
        """);
    PAGES.put("help/account.md", """
        ---
        title: Your account and password
        url: /help/account
        tags: [account]
        ---
        To reset your password, click "Forgot password" on the login page and follow the link we
        email you. The link works for one hour. You can change your address in account settings.
        """);
    PAGES.put("help/gift-cards.md", """
        ---
        title: Gift cards
        url: /help/gift-cards
        tags: [gift-cards]
        ---
        Gift cards are sold from 20 to 200 EUR and stay valid for one year. Check the balance of a
        gift card by entering its code at checkout.
        """);
    PAGES.put("contact.md", """
        ---
        title: Contact us
        ---
        Our support team answers by chat and email from Monday to Friday, 9:00 to 18:00.
        """);
    PAGES.put("drafts/broken.md", """
        ---
        title: Summer sale
        tags: [sale
        This page forgot to close its front matter.
        """);
  }

  private ShopCorpus() {}

  /** Writes all pages (including the broken one) under {@code folder}. */
  static Path writeTo(Path folder) {
    PAGES.forEach((name, text) -> write(folder, name, text));
    return folder;
  }

  static void write(Path folder, String name, String text) {
    try {
      Path file = folder.resolve(name);
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
