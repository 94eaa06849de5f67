package ru.nastavnik.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A PDF read back with PDFBox as a reader meets it: the text of every page with line breaks and runs of spaces made
 * one space, the metadata, the number of pages and each font of every page with whether it is embedded. The pictures of
 * documents in {@code docs/} are pages rendered here.
 */
public record PrintedPdf(String text, String title, String creator, int pages, Map<String, Boolean> fonts) {

	public static PrintedPdf read(byte[] bytes) throws IOException {
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			Map<String, Boolean> fonts = new LinkedHashMap<>();
			for (PDPage page : pdf.getPages()) {
				PDResources resources = page.getResources();
				for (COSName name : resources.getFontNames()) {
					PDFont font = resources.getFont(name);
					fonts.put(font.getName(), font.isEmbedded());
				}
			}
			PDDocumentInformation information = pdf.getDocumentInformation();
			return new PrintedPdf(new PDFTextStripper().getText(pdf).replaceAll("(?U)\\s+", " "), information.getTitle(),
					information.getCreator(), pdf.getNumberOfPages(), fonts);
		}
	}

	/** Renders a page (from 0) at 100 dpi, an A4 page 827 × 1170 pixels, as a PNG picture. */
	public static void picture(byte[] bytes, int page, Path png) throws IOException {
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			Files.createDirectories(png.toAbsolutePath().getParent());
			ImageIO.write(new PDFRenderer(pdf).renderImageWithDPI(page, 100, ImageType.RGB), "png", png.toFile());
		}
	}
}
