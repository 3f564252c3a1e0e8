package org.lanyard.screening.engine.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

/**
 * Builds test images with hand-made metadata: EXIF (IFD0 and GPS IFD), XMP and IPTC segments for JPEG, tEXt and iTXt
 * chunks for PNG. Small on purpose, so each test says exactly which tag it is about.
 */
final class TestImages {

	static final int ASCII = 2;

	static final int SHORT = 3;

	static final int RATIONAL = 5;

	static final int BYTE = 1;

	/** One EXIF directory entry; {@code value} is ASCII text, a SHORT, bytes, or rationals as long[] pairs. */
	record Entry(int tag, int type, Object value) {

		static Entry ascii(int tag, String text) {
			return new Entry(tag, ASCII, text);
		}

		static Entry shortValue(int tag, int value) {
			return new Entry(tag, SHORT, value);
		}

		static Entry rationals(int tag, long... numeratorDenominator) {
			return new Entry(tag, RATIONAL, numeratorDenominator);
		}

		static Entry bytes(int tag, byte[] bytes) {
			return new Entry(tag, BYTE, bytes);
		}

	}

	private TestImages() {
	}

	static byte[] resource(String name) {
		try (InputStream in = TestImages.class.getResourceAsStream("/images/" + name)) {
			if (in == null) {
				throw new IllegalArgumentException("no test image " + name);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A picture whose left half is red and right half blue, so orientation can be checked after re-encoding. */
	static BufferedImage halves(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.RED);
		g.fillRect(0, 0, width / 2, height);
		g.setColor(Color.BLUE);
		g.fillRect(width / 2, 0, width - width / 2, height);
		g.dispose();
		return image;
	}

	static byte[] encode(BufferedImage image, String format) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			if (!ImageIO.write(image, format, out)) {
				throw new IllegalStateException("no writer for " + format);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	static byte[] jpeg() {
		return encode(halves(40, 20), "jpg");
	}

	static byte[] png() {
		return encode(halves(40, 20), "png");
	}

	/** Puts APPn segments straight after the JPEG's start-of-image marker. */
	static byte[] jpegWith(byte[] jpeg, byte[]... segments) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(jpeg, 0, 2);
		for (byte[] segment : segments) {
			out.writeBytes(segment);
		}
		out.write(jpeg, 2, jpeg.length - 2);
		return out.toByteArray();
	}

	static byte[] segment(int marker, byte[] payload) {
		ByteBuffer b = ByteBuffer.allocate(4 + payload.length);
		b.put((byte) 0xFF).put((byte) marker).putShort((short) (payload.length + 2)).put(payload);
		return b.array();
	}

	/** An APP1 Exif segment: IFD0 entries, plus a GPS IFD when {@code gps} is not empty. */
	static byte[] exif(List<Entry> ifd0, List<Entry> gps) {
		List<Entry> first = new ArrayList<>(ifd0);
		int ifd0Size = 2 + 12 * (first.size() + (gps.isEmpty() ? 0 : 1)) + 4;
		int ifd0Data = dataSize(first);
		int gpsOffset = 8 + ifd0Size + ifd0Data;
		if (!gps.isEmpty()) {
			first.add(new Entry(0x8825, 4, gpsOffset));
		}
		ByteBuffer tiff = ByteBuffer.allocate(gpsOffset + 2 + 12 * gps.size() + 4 + dataSize(gps) + 16);
		tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
		writeIfd(tiff, first, 8);
		if (!gps.isEmpty()) {
			writeIfd(tiff, gps, gpsOffset);
		}
		byte[] header = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
		ByteBuffer payload = ByteBuffer.allocate(header.length + tiff.position());
		payload.put(header).put(tiff.array(), 0, tiff.position());
		return segment(0xE1, payload.array());
	}

	private static int dataSize(List<Entry> entries) {
		int size = 0;
		for (Entry e : entries) {
			int length = byteLength(e);
			size += length > 4 ? length + (length & 1) : 0;
		}
		return size;
	}

	private static int byteLength(Entry e) {
		return switch (e.type()) {
			case ASCII -> ((String) e.value()).getBytes(StandardCharsets.UTF_8).length + 1;
			case SHORT -> 2;
			case RATIONAL -> ((long[]) e.value()).length * 4;
			case BYTE -> ((byte[]) e.value()).length;
			default -> 4;
		};
	}

	private static void writeIfd(ByteBuffer tiff, List<Entry> entries, int offset) {
		tiff.position(offset);
		int data = offset + 2 + 12 * entries.size() + 4;
		tiff.putShort((short) entries.size());
		List<Runnable> later = new ArrayList<>();
		for (Entry e : entries) {
			int length = byteLength(e);
			int count = switch (e.type()) {
				case RATIONAL -> ((long[]) e.value()).length / 2;
				case SHORT -> 1;
				case 4 -> 1;
				default -> length;
			};
			tiff.putShort((short) e.tag()).putShort((short) e.type()).putInt(count);
			byte[] bytes = valueBytes(e);
			if (length <= 4) {
				byte[] padded = new byte[4];
				System.arraycopy(bytes, 0, padded, 0, bytes.length);
				tiff.put(padded);
			}
			else {
				int at = data;
				tiff.putInt(at);
				later.add(() -> tiff.put(at, bytes));
				data += length + (length & 1);
			}
		}
		tiff.putInt(0);
		later.forEach(Runnable::run);
		tiff.position(Math.max(tiff.position(), data));
	}

	private static byte[] valueBytes(Entry e) {
		return switch (e.type()) {
			case ASCII -> (e.value() + "\0").getBytes(StandardCharsets.UTF_8);
			case SHORT -> ByteBuffer.allocate(2).putShort((short) (int) (Integer) e.value()).array();
			case RATIONAL -> {
				long[] v = (long[]) e.value();
				ByteBuffer b = ByteBuffer.allocate(v.length * 4);
				for (long x : v) {
					b.putInt((int) x);
				}
				yield b.array();
			}
			case BYTE -> (byte[]) e.value();
			default -> ByteBuffer.allocate(4).putInt((Integer) e.value()).array();
		};
	}

	/** GPS IFD entries for a position in whole degrees, minutes and seconds. */
	static List<Entry> gps(String latRef, long latDeg, long latMin, long latSec, String lonRef, long lonDeg,
			long lonMin, long lonSec) {
		return List.of(Entry.bytes(0x0000, new byte[] { 2, 3, 0, 0 }), Entry.ascii(0x0001, latRef),
				Entry.rationals(0x0002, latDeg, 1, latMin, 1, latSec, 1), Entry.ascii(0x0003, lonRef),
				Entry.rationals(0x0004, lonDeg, 1, lonMin, 1, lonSec, 1));
	}

	/** XP tags are UCS-2 little-endian bytes. */
	static byte[] ucs2(String text) {
		return (text + "\0").getBytes(StandardCharsets.UTF_16LE);
	}

	/** An APP1 XMP segment around an rdf:Description with the given attributes and child elements. */
	static byte[] xmp(String description) {
		return segment(0xE1, ("http://ns.adobe.com/xap/1.0/\0" + xmpPacket(description))
			.getBytes(StandardCharsets.UTF_8));
	}

	static String xmpPacket(String description) {
		return "<?xpacket begin='\uFEFF' id='W5M0MpCehiHzreSzNTczkc9d'?>"
				+ "<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>"
				+ "<rdf:Description rdf:about=''"
				+ " xmlns:dc='http://purl.org/dc/elements/1.1/' xmlns:exif='http://ns.adobe.com/exif/1.0/'"
				+ " xmlns:photoshop='http://ns.adobe.com/photoshop/1.0/' xmlns:xmp='http://ns.adobe.com/xap/1.0/'"
				+ " xmlns:Iptc4xmpCore='http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/'"
				+ " xmlns:Iptc4xmpExt='http://iptc.org/std/Iptc4xmpExt/2008-02-29/'"
				+ " xmlns:xmpRights='http://ns.adobe.com/xap/1.0/rights/'"
				+ " xmlns:mwg-rs='http://www.metadataworkinggroup.com/schemas/regions/'"
				+ " xmlns:stArea='http://ns.adobe.com/xmp/sType/Area#'"
				+ " xmlns:MP='http://ns.microsoft.com/photo/1.2/'"
				+ " xmlns:MPRI='http://ns.microsoft.com/photo/1.2/t/RegionInfo#'"
				+ " xmlns:MPReg='http://ns.microsoft.com/photo/1.2/t/Region#'"
				+ description + "</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end='w'?>";
	}

	/** An APP13 Photoshop segment holding IPTC application records (record 2), dataset number → text. */
	static byte[] iptc(Map<Integer, String> datasets) {
		ByteArrayOutputStream records = new ByteArrayOutputStream();
		records.writeBytes(new byte[] { 0x1C, 2, 0, 0, 2, 0, 4 });
		datasets.forEach((dataset, text) -> {
			byte[] value = text.getBytes(StandardCharsets.UTF_8);
			records.writeBytes(new byte[] { 0x1C, 2, (byte) (int) dataset, (byte) (value.length >> 8),
					(byte) value.length });
			records.writeBytes(value);
		});
		byte[] iptc = records.toByteArray();
		ByteBuffer b = ByteBuffer.allocate(14 + 4 + 2 + 2 + 4 + iptc.length + 1);
		b.put("Photoshop 3.0\0".getBytes(StandardCharsets.ISO_8859_1));
		b.put("8BIM".getBytes(StandardCharsets.ISO_8859_1)).putShort((short) 0x0404).putShort((short) 0);
		b.putInt(iptc.length).put(iptc);
		return segment(0xED, java.util.Arrays.copyOf(b.array(), b.position() + (iptc.length & 1)));
	}

	/** Inserts PNG chunks straight after IHDR. */
	static byte[] pngWith(byte[] png, byte[]... chunks) {
		int afterIhdr = 8 + 4 + 4 + 13 + 4;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(png, 0, afterIhdr);
		for (byte[] chunk : chunks) {
			out.writeBytes(chunk);
		}
		out.write(png, afterIhdr, png.length - afterIhdr);
		return out.toByteArray();
	}

	static byte[] chunk(String type, byte[] data) {
		ByteBuffer b = ByteBuffer.allocate(12 + data.length);
		byte[] typeBytes = type.getBytes(StandardCharsets.ISO_8859_1);
		b.putInt(data.length).put(typeBytes).put(data);
		CRC32 crc = new CRC32();
		crc.update(typeBytes);
		crc.update(data);
		b.putInt((int) crc.getValue());
		return b.array();
	}

	static byte[] text(String keyword, String value) {
		return chunk("tEXt", (keyword + "\0" + value).getBytes(StandardCharsets.ISO_8859_1));
	}

	static byte[] xmpChunk(String description) {
		return chunk("iTXt", ("XML:com.adobe.xmp\0\0\0\0\0" + xmpPacket(description)).getBytes(StandardCharsets.UTF_8));
	}

	/** A PNG header claiming the given size, with a tiny valid IDAT: a decompression bomb's shape. */
	static byte[] pngClaiming(int width, int height) {
		ByteBuffer ihdr = ByteBuffer.allocate(13);
		ihdr.putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });
		out.writeBytes(chunk("IHDR", ihdr.array()));
		java.util.zip.Deflater deflater = new java.util.zip.Deflater();
		deflater.setInput(new byte[64 * 1024]);
		deflater.finish();
		byte[] buffer = new byte[1024];
		int n = deflater.deflate(buffer);
		out.writeBytes(chunk("IDAT", java.util.Arrays.copyOf(buffer, n)));
		out.writeBytes(chunk("IEND", new byte[0]));
		return out.toByteArray();
	}

	/** A real JPEG whose frame header is rewritten to claim the given size. */
	static byte[] jpegClaiming(int width, int height) {
		byte[] jpeg = jpeg();
		for (int i = 2; i + 9 < jpeg.length; i++) {
			if ((jpeg[i] & 0xFF) == 0xFF && ((jpeg[i + 1] & 0xFF) == 0xC0 || (jpeg[i + 1] & 0xFF) == 0xC2)) {
				jpeg[i + 5] = (byte) (height >> 8);
				jpeg[i + 6] = (byte) height;
				jpeg[i + 7] = (byte) (width >> 8);
				jpeg[i + 8] = (byte) width;
				return jpeg;
			}
		}
		throw new IllegalStateException("no frame header");
	}

}
