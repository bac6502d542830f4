package dev.recast.synth;

import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * A 64-bit little-endian x86-64 shared library read as data, never loaded: its exported symbols,
 * and the memory it would have once the dynamic loader has placed it at address 0 and applied
 * its relocations. Enough to read constant tables a C library compiles in (flite's voices).
 */
final class ElfFile {

    private static final int MACHINE_X86_64 = 62;
    private static final int SECTION_HEADER_SIZE = 64;
    private static final int SYMBOL_SIZE = 24;
    private static final int RELOCATION_SIZE = 24;
    private static final int SHT_RELA = 4;
    private static final int SHT_NOBITS = 8;
    private static final int SHT_DYNSYM = 11;
    private static final long SHF_ALLOC = 2;
    private static final int R_X86_64_64 = 1;
    private static final int R_X86_64_RELATIVE = 8;

    private record Section(int type, long flags, long address, long offset, long size, int link) {
        boolean holds(long from, long length) {
            return (flags & SHF_ALLOC) != 0 && type != SHT_NOBITS && from >= address && length >= 0
                    && from + length <= address + size;
        }
    }

    private final ByteBuffer bytes;
    private final List<Section> sections;
    private final Map<String, Long> symbols;
    /** What the loader writes at each relocated address, for a library placed at 0. */
    private final Map<Long, Long> relocated;

    private ElfFile(ByteBuffer bytes) throws IOException {
        this.bytes = bytes;
        this.sections = readSections();
        this.symbols = readSymbols();
        this.relocated = readRelocations();
    }

    /** @throws IOException if the file cannot be read or is not an x86-64 ELF shared library */
    static ElfFile read(Path file) throws IOException {
        ByteBuffer bytes;
        // Mapped, not read: of flite's 4 MB only the tables and the units asked for are touched.
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            bytes = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size()).order(ByteOrder.LITTLE_ENDIAN);
        }
        try {
            if (bytes.getInt(0) != 0x464c457f || bytes.get(4) != 2 || bytes.get(5) != 1
                    || bytes.getShort(18) != MACHINE_X86_64) {
                throw new IOException(file + ": not a 64-bit little-endian x86-64 ELF file");
            }
            return new ElfFile(bytes);
        } catch (IndexOutOfBoundsException | BufferUnderflowException | IllegalArgumentException e) {
            throw new IOException(file + ": truncated or malformed ELF file", e);
        }
    }

    /** The address of the exported symbol {@code name}, if the library defines it. */
    OptionalLong symbol(String name) {
        Long address = symbols.get(name);
        return address == null ? OptionalLong.empty() : OptionalLong.of(address);
    }

    /** The pointer stored at {@code address}, as the loader leaves it. */
    long pointer(long address) throws IOException {
        Long target = relocated.get(address);
        return target != null ? target : bytes.getLong(offset(address, 8));
    }

    int int32(long address) throws IOException {
        return bytes.getInt(offset(address, 4));
    }

    float float32(long address) throws IOException {
        return bytes.getFloat(offset(address, 4));
    }

    int unsigned16(long address) throws IOException {
        return Short.toUnsignedInt(bytes.getShort(offset(address, 2)));
    }

    int unsigned8(long address) throws IOException {
        return Byte.toUnsignedInt(bytes.get(offset(address, 1)));
    }

    /** {@code length} bytes from {@code address}. */
    byte[] bytes(long address, int length) throws IOException {
        byte[] copy = new byte[length];
        bytes.get(offset(address, length), copy);
        return copy;
    }

    /** The NUL-terminated ASCII string at {@code address}. */
    String string(long address) throws IOException {
        int start = offset(address, 1);
        int end = start;
        while (end < bytes.limit() && bytes.get(end) != 0) {
            end++;
        }
        if (end == bytes.limit()) {
            throw new IOException("unterminated string at 0x" + Long.toHexString(address));
        }
        byte[] text = new byte[end - start];
        bytes.get(start, text);
        return new String(text, StandardCharsets.US_ASCII);
    }

    private int offset(long address, long length) throws IOException {
        for (Section section : sections) {
            if (section.holds(address, length)) {
                return Math.toIntExact(section.offset() + address - section.address());
            }
        }
        throw new IOException("no data at 0x" + Long.toHexString(address) + " in the library");
    }

    private List<Section> readSections() {
        long table = bytes.getLong(0x28);
        int entrySize = Short.toUnsignedInt(bytes.getShort(0x3a));
        int count = Short.toUnsignedInt(bytes.getShort(0x3c));
        if (entrySize != SECTION_HEADER_SIZE) {
            throw new IllegalArgumentException("section headers of " + entrySize + " bytes");
        }
        List<Section> read = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int at = Math.toIntExact(table + (long) i * SECTION_HEADER_SIZE);
            read.add(new Section(bytes.getInt(at + 4), bytes.getLong(at + 8), bytes.getLong(at + 16),
                    bytes.getLong(at + 24), bytes.getLong(at + 32), bytes.getInt(at + 40)));
        }
        return List.copyOf(read);
    }

    private Map<String, Long> readSymbols() throws IOException {
        Map<String, Long> read = new HashMap<>();
        for (Section section : sections) {
            if (section.type() == SHT_DYNSYM) {
                Section names = sections.get(section.link());
                for (long at = section.offset(); at + SYMBOL_SIZE <= section.offset() + section.size();
                        at += SYMBOL_SIZE) {
                    int position = Math.toIntExact(at);
                    boolean defined = bytes.getShort(position + 6) != 0;
                    long value = bytes.getLong(position + 8);
                    if (defined) {
                        read.put(name(names, bytes.getInt(position)), value);
                    }
                }
            }
        }
        return Map.copyOf(read);
    }

    private String name(Section strings, int index) throws IOException {
        int start = Math.toIntExact(strings.offset() + index);
        int end = start;
        while (bytes.get(end) != 0) {
            end++;
        }
        byte[] text = new byte[end - start];
        bytes.get(start, text);
        return new String(text, StandardCharsets.US_ASCII);
    }

    /**
     * The loader's work for a library at address 0: a relative relocation stores its addend, an
     * absolute one the symbol's address plus the addend. Other kinds (functions, the global offset
     * table) do not point into data.
     */
    private Map<Long, Long> readRelocations() {
        Map<Long, Long> read = new HashMap<>();
        for (Section section : sections) {
            if (section.type() != SHT_RELA || (section.flags() & SHF_ALLOC) == 0) {
                continue;
            }
            Section symbolTable = sections.get(section.link());
            for (long at = section.offset(); at + RELOCATION_SIZE <= section.offset() + section.size();
                    at += RELOCATION_SIZE) {
                int position = Math.toIntExact(at);
                long target = bytes.getLong(position);
                long info = bytes.getLong(position + 8);
                long addend = bytes.getLong(position + 16);
                int type = (int) info;
                if (type == R_X86_64_RELATIVE) {
                    read.put(target, addend);
                } else if (type == R_X86_64_64) {
                    int symbol = Math.toIntExact(info >>> 32);
                    int entry = Math.toIntExact(symbolTable.offset() + (long) symbol * SYMBOL_SIZE);
                    // A symbol of another library is not known until run time: no data points there.
                    if (bytes.getShort(entry + 6) != 0) {
                        read.put(target, bytes.getLong(entry + 8) + addend);
                    }
                }
            }
        }
        return Map.copyOf(read);
    }
}
