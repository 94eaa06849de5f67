package ru.nastavnik.document;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;

/**
 * An A4 document written top to bottom — letterhead, heading, paragraphs, numbered points, labelled fields, blanks to
 * fill by hand, tables and signature blocks, a running header on every page — with DejaVu Sans embedded, so the
 * Cyrillic text reads and prints the same everywhere. The title goes into the PDF metadata with «Наставник» as its
 * creator. One instance builds one document and is not shared between threads.
 */
public final class PdfDocument {

	private static final String CREATOR = "Наставник";

	private static final float BODY_SIZE = 10;

	private static final float SECTION_SIZE = 11;

	private static final float HEADING_SIZE = 13;

	private static final float ADDRESSEE_SIZE = 22;

	private static final float CAPTION_SIZE = 7;

	private static final float CELL_PADDING = 5;

	private static final Color HEADER_BACKGROUND = new Color(230, 230, 230);

	private static final Color CAPTION_COLOUR = new Color(90, 90, 90);

	/** A blank never gets shorter than «________________». */
	private static final int SHORTEST_BLANK = 16;

	/** A blank that would be narrower than this after its label takes a line of its own. */
	private static final float NARROWEST_BLANK = 72;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final Document document;

	private final PdfWriter writer;

	private final BaseFont regularFont;

	private final Font regular;

	private final Font bold;

	private final Font caption;

	private final Font headingFont;

	private final Font sectionFont;

	private int sections;

	private int points;

	private PdfDocument(Rectangle page, float leftMargin, String title) {
		document = new Document(page, leftMargin, 36, 36, 36);
		writer = PdfWriter.getInstance(document, out);
		document.addTitle(title);
		document.addCreator(CREATOR);
		document.open();
		regularFont = Fonts.REGULAR.create();
		regular = new Font(regularFont, BODY_SIZE);
		bold = new Font(Fonts.BOLD.create(), BODY_SIZE);
		caption = new Font(regularFont, CAPTION_SIZE, Font.NORMAL, CAPTION_COLOUR);
		headingFont = new Font(bold.getBaseFont(), HEADING_SIZE);
		sectionFont = new Font(bold.getBaseFont(), SECTION_SIZE);
	}

	/** A4 upright, with a 20 mm left margin for filing; the title is the document's metadata title. */
	public static PdfDocument portrait(String title) {
		return new PdfDocument(PageSize.A4, 57, title);
	}

	/** A4 turned sideways, for wide tables. */
	public static PdfDocument landscape(String title) {
		return new PdfDocument(PageSize.A4.rotate(), 36, title);
	}

	/** A small line at the top right of this page and of every page after it, such as «проект, версия 2». */
	public PdfDocument runningHeader(String text) {
		writer.setPageEvent(new PdfPageEventHelper() {

			@Override
			public void onEndPage(PdfWriter pageWriter, Document page) {
				ColumnText.showTextAligned(pageWriter.getDirectContent(), Element.ALIGN_RIGHT,
						new Phrase(text, caption), page.right(), page.top() + CAPTION_SIZE + 8, 0);
			}
		});
		return this;
	}

	/**
	 * The issuer's name, bold and centred, then its details such as the address in small print, over a rule across
	 * the page.
	 *
	 * @param details {@code null} leaves the name alone over the rule
	 */
	public PdfDocument letterhead(String name, String details) {
		Paragraph letterhead = aligned(name, sectionFont, Element.ALIGN_CENTER, 0);
		if (details != null) {
			letterhead.add(new Chunk("\n" + details, caption));
		}
		add(letterhead);
		Paragraph rule = new Paragraph(6, "", caption);
		rule.add(new Chunk(new LineSeparator(0.5f, 100, null, Element.ALIGN_CENTER, 0)));
		rule.setSpacingAfter(18);
		return add(rule);
	}

	/** The document's name, bold and centred. */
	public PdfDocument heading(String text) {
		return add(aligned(text, headingFont, Element.ALIGN_CENTER, 12));
	}

	/** A centred line under the heading, such as the document's number and date. */
	public PdfDocument subtitle(String text) {
		return add(aligned(text, regular, Element.ALIGN_CENTER, 12));
	}

	/** A bold centred line, smaller than the heading, such as what an order is about or the name of a table. */
	public PdfDocument subheading(String text) {
		return add(aligned(text, sectionFont, Element.ALIGN_CENTER, 10));
	}

	/** A block against the right margin, such as «Приложение к приказу …». */
	public PdfDocument aside(String text) {
		return add(aligned(text, regular, Element.ALIGN_RIGHT, 12));
	}

	/** A person's name in large bold letters, centred: the addressee of a certificate or a letter of thanks. */
	public PdfDocument addressee(String name) {
		return add(aligned(name, new Font(bold.getBaseFont(), ADDRESSEE_SIZE), Element.ALIGN_CENTER, 14));
	}

	/** A block of text centred on the page, such as what a certificate is given for. */
	public PdfDocument centred(String text) {
		return add(aligned(text, regular, Element.ALIGN_CENTER, 10));
	}

	/**
	 * A small square picture at its own size, centred, with its caption under it — a document's QR code.
	 *
	 * @param side the picture's side in points (72 to the inch)
	 */
	public PdfDocument mark(byte[] png, float side, String caption) {
		try {
			com.lowagie.text.Image image = com.lowagie.text.Image.getInstance(png);
			image.scaleAbsolute(side, side);
			image.setAlignment(Element.ALIGN_CENTER);
			add(image);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Не удалось вставить рисунок в PDF", e);
		}
		return add(aligned(caption, this.caption, Element.ALIGN_CENTER, 4));
	}

	/** A bold section title. */
	public PdfDocument section(String title) {
		Paragraph section = new Paragraph(title, sectionFont);
		section.setSpacingBefore(8);
		section.setSpacingAfter(4);
		return add(section);
	}

	/** A bold section title numbered «1.», «2.», … in the order the sections are added. */
	public PdfDocument numberedSection(String title) {
		sections++;
		return section(sections + ". " + title);
	}

	/**
	 * A point numbered «1.», «2.», … in the order the points are added, its wrapped lines under the text, as the
	 * operative part of an order is written.
	 */
	public PdfDocument point(String text) {
		points++;
		return add(hanging(points + ". ", text, 0));
	}

	/** The sub-points of the last {@linkplain #point(String) point}: «3.1.», «3.2.», … indented under it. */
	public PdfDocument subpoints(List<String> texts) {
		int number = 0;
		for (String text : texts) {
			number++;
			add(hanging(points + "." + number + ". ", text, 18));
		}
		return this;
	}

	public PdfDocument paragraph(String text) {
		return add(spaced(new Paragraph(text, regular)));
	}

	/**
	 * «Фамилия, имя, отчество: Иванов Иван Иванович», the value in bold as if typed into the form.
	 *
	 * @param value {@code null} leaves a {@linkplain #blank(String) blank} to fill by hand
	 */
	public PdfDocument field(String label, String value) {
		if (value == null) {
			return blank(label);
		}
		Paragraph field = new Paragraph(label + ": ", regular);
		field.add(new Chunk(value, bold));
		return add(spaced(field));
	}

	/**
	 * «Адрес: ________________» up to the right margin, to fill by hand; a label too long for one line gets the whole
	 * next line.
	 */
	public PdfDocument blank(String label) {
		String text = label + ": ";
		float width = width();
		float left = width - regularFont.getWidthPoint(text, BODY_SIZE);
		String line = left < NARROWEST_BLANK ? "\n" + underscores(width) : underscores(left);
		return add(spaced(new Paragraph(text + line, regular)));
	}

	/** A whole line to fill by hand. */
	public PdfDocument blankLine() {
		return add(spaced(new Paragraph(underscores(width()), regular)));
	}

	/** One paragraph per item, each after a dash with the wrapped lines under the text. */
	public PdfDocument items(List<String> items) {
		for (String item : items) {
			Paragraph paragraph = spaced(new Paragraph("—\u00a0" + item, regular));
			paragraph.setIndentationLeft(24);
			paragraph.setFirstLineIndent(-12);
			add(paragraph);
		}
		return this;
	}

	/** What follows starts on a new page. */
	public PdfDocument newPage() {
		document.newPage();
		return this;
	}

	/**
	 * A table across the page: a grey header row repeated on every page and one row per item of rows.
	 *
	 * @param widths the columns' widths relative to each other
	 */
	public PdfDocument table(float[] widths, List<String> header, List<List<String>> rows) {
		if (header.size() != widths.length || rows.stream().anyMatch(row -> row.size() != widths.length)) {
			throw new IllegalArgumentException(
					"Число ячеек в строке таблицы не совпадает с числом столбцов (" + widths.length + ")");
		}
		PdfPTable table = new PdfPTable(widths);
		table.setWidthPercentage(100);
		table.setHeaderRows(1);
		table.setSpacingAfter(4);
		for (String column : header) {
			PdfPCell cell = new PdfPCell(new Phrase(column, bold));
			cell.setBackgroundColor(HEADER_BACKGROUND);
			cell.setPadding(CELL_PADDING);
			table.addCell(cell);
		}
		for (List<String> row : rows) {
			for (String text : row) {
				PdfPCell cell = new PdfPCell(new Phrase(text, regular));
				cell.setPadding(CELL_PADDING);
				table.addCell(cell);
			}
		}
		return add(table);
	}

	/** A picture (a chart) across the page's width, with its caption under it. */
	public PdfDocument picture(byte[] png, String caption) {
		try {
			com.lowagie.text.Image image = com.lowagie.text.Image.getInstance(png);
			image.scaleToFit(width(), width() * image.getHeight() / image.getWidth());
			image.setAlignment(Element.ALIGN_CENTER);
			add(image);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Не удалось вставить рисунок в PDF", e);
		}
		return add(aligned(caption, this.caption, Element.ALIGN_CENTER, 8));
	}

	/**
	 * Who signs, then lines for «подпись», «расшифровка подписи» and «дата», each with its caption underneath.
	 *
	 * @param name printed over the «расшифровка подписи» line; {@code null} leaves it to be written by hand
	 */
	public PdfDocument signature(String signer, String name) {
		PdfPTable table = signatureTable(new float[] { 27, 18, 3, 34, 3, 15 });
		table.addCell(text(signer, regular, Element.ALIGN_LEFT));
		table.addCell(line(""));
		table.addCell(text("", regular, Element.ALIGN_LEFT));
		table.addCell(line(name == null ? "" : name));
		table.addCell(text("", regular, Element.ALIGN_LEFT));
		table.addCell(line(""));
		table.addCell(text("", caption, Element.ALIGN_CENTER));
		table.addCell(text("подпись", caption, Element.ALIGN_CENTER));
		table.addCell(text("", caption, Element.ALIGN_CENTER));
		table.addCell(text("расшифровка подписи", caption, Element.ALIGN_CENTER));
		table.addCell(text("", caption, Element.ALIGN_CENTER));
		table.addCell(text("дата", caption, Element.ALIGN_CENTER));
		return add(table);
	}

	/**
	 * The signature of whoever issues the document, as an order ends: «Директор ________ Смирнова Ольга Викторовна»,
	 * with no date of its own, for the document is dated at the top.
	 */
	public PdfDocument signatory(String position, String name) {
		PdfPTable table = signatureTable(new float[] { 33, 25, 4, 38 });
		table.addCell(text(position, regular, Element.ALIGN_LEFT));
		table.addCell(line(""));
		table.addCell(text("", regular, Element.ALIGN_LEFT));
		table.addCell(text(name, regular, Element.ALIGN_RIGHT));
		return add(table);
	}

	/** Finishes the document; nothing can be added afterwards. */
	public byte[] toBytes() {
		if (document.isOpen()) {
			document.close();
		}
		return out.toByteArray();
	}

	private PdfDocument add(Element element) {
		document.add(element);
		return this;
	}

	private float width() {
		return document.right() - document.left();
	}

	/** Two underscores short of the width, so that the run never spills onto the next line. */
	private String underscores(float width) {
		int count = (int) (width / regularFont.getWidthPoint("_", BODY_SIZE)) - 2;
		return "_".repeat(Math.max(count, SHORTEST_BLANK));
	}

	private Paragraph hanging(String number, String text, float indentation) {
		Paragraph paragraph = spaced(new Paragraph(number + text, regular));
		paragraph.setIndentationLeft(indentation + regularFont.getWidthPoint(number, BODY_SIZE));
		paragraph.setFirstLineIndent(-regularFont.getWidthPoint(number, BODY_SIZE));
		return paragraph;
	}

	private static PdfPTable signatureTable(float[] widths) {
		PdfPTable table = new PdfPTable(widths);
		table.setWidthPercentage(100);
		table.setSpacingBefore(18);
		table.setSpacingAfter(8);
		table.setKeepTogether(true);
		return table;
	}

	private static Paragraph aligned(String text, Font font, int alignment, float spacingAfter) {
		Paragraph paragraph = new Paragraph(text, font);
		paragraph.setAlignment(alignment);
		paragraph.setSpacingAfter(spacingAfter);
		return paragraph;
	}

	private static Paragraph spaced(Paragraph paragraph) {
		paragraph.setSpacingAfter(3);
		return paragraph;
	}

	private static PdfPCell text(String text, Font font, int alignment) {
		PdfPCell cell = new PdfPCell(new Phrase(text, font));
		cell.setBorder(Rectangle.NO_BORDER);
		cell.setHorizontalAlignment(alignment);
		cell.setVerticalAlignment(Element.ALIGN_BOTTOM);
		cell.setPadding(1);
		return cell;
	}

	private PdfPCell line(String text) {
		PdfPCell cell = text(text, bold, Element.ALIGN_CENTER);
		cell.setBorder(Rectangle.BOTTOM);
		cell.setMinimumHeight(24);
		cell.setPaddingBottom(2);
		return cell;
	}

	/**
	 * The DejaVu Sans faces, read from the classpath once (the JVM initialises the constants once, whichever thread
	 * comes first). Each document makes its own BaseFont from the bytes: a BaseFont keeps reading state while it
	 * embeds itself, so it is not shared between documents written at the same time.
	 */
	private enum Fonts {

		REGULAR("/fonts/DejaVuSans.ttf"),
		BOLD("/fonts/DejaVuSans-Bold.ttf");

		private final String path;

		private final byte[] bytes;

		Fonts(String path) {
			this.path = path;
			this.bytes = read(path);
		}

		BaseFont create() {
			try {
				return BaseFont.createFont(path, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
			}
			catch (IOException e) {
				throw new UncheckedIOException("Не удалось прочитать шрифт " + path, e);
			}
		}

		private static byte[] read(String path) {
			try (InputStream in = PdfDocument.class.getResourceAsStream(path)) {
				if (in == null) {
					throw new IllegalStateException("Нет шрифта " + path);
				}
				return in.readAllBytes();
			}
			catch (IOException e) {
				throw new UncheckedIOException("Не удалось прочитать шрифт " + path, e);
			}
		}
	}
}
