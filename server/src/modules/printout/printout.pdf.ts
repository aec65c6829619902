import fs from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { itemAt } from '../../core/lists.js';
import { formatGrosze } from './printout.amount.js';
import {
  type Cell,
  type PrintoutHeader,
  type PrintoutSource,
  type PrintoutTables,
  printoutTables,
  type Section,
} from './printout.tables.js';

const require = createRequire(import.meta.url);

/** DejaVu Sans covers Polish letters; resolved through node_modules, so it works from source and from dist/. */
export const fontFiles = {
  regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
};
let fontData: { regular: Buffer; bold: Buffer } | undefined;
const fonts = () =>
  (fontData ??= {
    regular: fs.readFileSync(fontFiles.regular),
    bold: fs.readFileSync(fontFiles.bold),
  });

const REGULAR = 'DejaVuSans';
const BOLD = 'DejaVuSans-Bold';
const MARGIN = 30;
const FOOTER = 16;
const PAD = 2.5;
const GRID = '#8c8c8c';
const SHADE = '#ececec';
const MUTED = '#555555';

/** A printout as a PDF: landscape A4, DejaVu Sans embedded. */
export function renderPrintoutPdf(header: PrintoutHeader, source: PrintoutSource): Promise<Buffer> {
  return drawPrintout(printoutTables(header, source));
}

export function drawPrintout(printout: PrintoutTables): Promise<Buffer> {
  const { header, title } = printout;
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: MARGIN,
    bufferPages: true,
    lang: 'pl-PL',
    info: {
      Title: `${title}, ${header.companyName}, ${header.period.value}`,
      Author: header.officeName,
      Subject: `NIP ${header.nip}`,
      Creator: 'Ledgerpost',
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont(REGULAR, fonts().regular);
  doc.registerFont(BOLD, fonts().bold);

  const writer = new TableWriter(doc, printout);
  writer.pageHeader();
  for (const section of printout.sections) writer.section(section);
  writer.pageNumbers();
  doc.end();
  return done;
}

const cellText = (cell: Cell): string =>
  cell === null ? '' : typeof cell === 'bigint' ? formatGrosze(cell) : cell;

class TableWriter {
  private y = MARGIN;
  /** Where the tables of the current page start, below its header. */
  private contentTop = MARGIN;

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly printout: PrintoutTables,
  ) {}

  private get left() {
    return MARGIN;
  }

  private get width() {
    return this.doc.page.width - 2 * MARGIN;
  }

  private get bottom() {
    return this.doc.page.height - MARGIN - FOOTER;
  }

  /** Office, title, company, NIP and period: on every page, so any page stands on its own. */
  pageHeader(): void {
    const { doc, left, width } = this;
    const { header, title } = this.printout;
    let y = MARGIN;
    doc.fillColor(MUTED);
    this.oneLine(`Biuro rachunkowe: ${header.officeName}`, left, y, width, 'left', 8);
    y += 12;
    doc.fillColor('black');
    this.oneLine(title, left, y, width, 'left', 14, BOLD);
    y += 20;
    doc.font(REGULAR).fontSize(10);
    const company = `Podatnik: ${header.companyName}`;
    doc.text(company, left, y, { width });
    y += doc.heightOfString(company, { width }) + 2;
    this.oneLine(
      `NIP: ${header.nip}     Okres: ${header.period.value} (${header.period.label})`,
      left,
      y,
      width,
      'left',
      10,
    );
    y += 16;
    doc
      .moveTo(left, y)
      .lineTo(left + width, y)
      .lineWidth(0.8)
      .strokeColor('black')
      .stroke();
    this.y = y + 8;
    this.contentTop = this.y;
  }

  private newPage(): void {
    this.doc.addPage();
    this.pageHeader();
  }

  section(section: Section): void {
    const { doc } = this;
    const widths = this.columnWidths(section);
    doc.font(REGULAR).fontSize(section.fontSize);
    const line = doc.currentLineHeight(true) + 2 * PAD;
    const start = (section.title ? 18 : 0) + this.columnHeaderHeight(section, widths) + 3 * line;
    if (this.y + start > this.bottom && this.y > this.contentTop) this.newPage();
    this.sectionTitle(section, false);
    this.columnHeaders(section, widths);

    // Running totals carried from page to page, as on a paper book.
    const running = section.columns.map(() => 0n);
    const carried = () => running.map((value, i) => (section.totals?.[i] === null ? null : value));
    const reserve = section.totals ? line : 0;
    let onPage = 0;
    for (const row of section.rows) {
      const height = this.rowHeight(section, row, widths);
      if (onPage > 0 && this.y + height + reserve > this.bottom) {
        if (section.totals) this.summaryRow(section, widths, 'Do przeniesienia', carried());
        this.newPage();
        this.sectionTitle(section, true);
        this.columnHeaders(section, widths);
        if (section.totals) this.summaryRow(section, widths, 'Z przeniesienia', carried());
        onPage = 0;
      }
      this.row(section, row, widths, height);
      row.forEach((cell, i) => {
        if (typeof cell === 'bigint') running[i] = itemAt(running, i) + cell;
      });
      onPage += 1;
    }
    if (!section.rows.length) this.emptyRow(section, line);
    if (section.totals) {
      if (this.y + line > this.bottom) {
        this.newPage();
        this.sectionTitle(section, true);
        this.columnHeaders(section, widths);
      }
      this.summaryRow(section, widths, 'Razem', section.totals);
    }
    this.y += 16;
  }

  /** "Strona n z m" at the foot of every page, once the page count is known. */
  pageNumbers(): void {
    const { doc } = this;
    const range = doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i += 1) {
      doc.switchToPage(i);
      // Writing inside the bottom margin must not start a new page.
      doc.page.margins.bottom = 0;
      doc.fillColor(MUTED);
      const y = doc.page.height - MARGIN - 8;
      this.oneLine(
        `${this.printout.title} · ${this.printout.header.period.value}`,
        this.left,
        y,
        this.width / 2,
        'left',
        7,
      );
      this.oneLine(
        `Strona ${i + 1 - range.start} z ${range.count}`,
        this.left + this.width / 2,
        y,
        this.width / 2,
        'right',
        7,
      );
    }
  }

  private columnWidths(section: Section): number[] {
    const total = section.columns.reduce((sum, c) => sum + c.weight, 0);
    return section.columns.map((c) => (c.weight / total) * this.width);
  }

  private sectionTitle(section: Section, continued: boolean): void {
    if (!section.title) return;
    this.doc.fillColor('black');
    this.oneLine(
      continued ? `${section.title} (cd.)` : section.title,
      this.left,
      this.y,
      this.width,
      'left',
      10,
      BOLD,
    );
    this.y += 18;
  }

  /** Column headers wrap between words; a word too long for its column makes that header smaller. */
  private headerFontSize(section: Section, header: string, width: number): number {
    const base = section.fontSize - 0.5;
    this.doc.font(BOLD).fontSize(base);
    // Measured with the space that follows a word, as the line wrapper does.
    const widest = Math.max(
      ...header.split(/\s+/).map((word) => this.doc.widthOfString(`${word} `)),
    );
    return widest > width ? (base * width * 0.98) / widest : base;
  }

  private columnHeaderHeight(section: Section, widths: number[]): number {
    const heights = section.columns.map((c, i) => {
      const width = itemAt(widths, i) - 2 * PAD;
      this.doc.font(BOLD).fontSize(this.headerFontSize(section, c.header, width));
      return this.doc.heightOfString(c.header, { width });
    });
    return Math.max(...heights) + 2 * PAD;
  }

  private columnHeaders(section: Section, widths: number[]): void {
    const { doc } = this;
    const height = this.columnHeaderHeight(section, widths);
    let x = this.left;
    section.columns.forEach((column, i) => {
      const width = itemAt(widths, i) - 2 * PAD;
      this.cellBox(x, itemAt(widths, i), height, SHADE);
      doc
        .font(BOLD)
        .fontSize(this.headerFontSize(section, column.header, width))
        .fillColor('black');
      doc.text(column.header, x + PAD, this.y + PAD, { width, align: 'center' });
      x += itemAt(widths, i);
    });
    this.y += height;
  }

  /** Amounts and short fixed-format values stay on one line; text wraps within its column. */
  private wraps(section: Section, cell: Cell, i: number): boolean {
    return typeof cell === 'string' && itemAt(section.columns, i).align === 'left';
  }

  private rowHeight(section: Section, row: Cell[], widths: number[]): number {
    const { doc } = this;
    doc.font(REGULAR).fontSize(section.fontSize);
    let height = doc.currentLineHeight(true);
    row.forEach((cell, i) => {
      if (this.wraps(section, cell, i))
        height = Math.max(
          height,
          doc.heightOfString(cellText(cell), { width: itemAt(widths, i) - 2 * PAD }),
        );
    });
    return height + 2 * PAD;
  }

  private row(section: Section, row: Cell[], widths: number[], height: number): void {
    const { doc } = this;
    let x = this.left;
    row.forEach((cell, i) => {
      this.cellBox(x, itemAt(widths, i), height);
      doc.font(REGULAR).fontSize(section.fontSize).fillColor('black');
      const text = cellText(cell);
      const align = typeof cell === 'bigint' ? 'right' : itemAt(section.columns, i).align;
      if (this.wraps(section, cell, i))
        doc.text(text, x + PAD, this.y + PAD, { width: itemAt(widths, i) - 2 * PAD });
      else if (text)
        this.oneLine(
          text,
          x + PAD,
          this.y + PAD,
          itemAt(widths, i) - 2 * PAD,
          align,
          section.fontSize,
        );
      x += itemAt(widths, i);
    });
    this.y += height;
  }

  /** A bold row: the label across the columns before the first amount, then the amounts. */
  private summaryRow(
    section: Section,
    widths: number[],
    label: string,
    values: Array<bigint | null>,
  ): void {
    const { doc } = this;
    doc.font(BOLD).fontSize(section.fontSize);
    const height = doc.currentLineHeight(true) + 2 * PAD;
    const first = Math.max(
      1,
      values.findIndex((v) => v !== null),
    );
    const labelWidth = widths.slice(0, first).reduce((a, b) => a + b, 0);
    this.cellBox(this.left, labelWidth, height, SHADE);
    doc.fillColor('black');
    this.oneLine(
      label,
      this.left + PAD,
      this.y + PAD,
      labelWidth - 2 * PAD,
      'right',
      section.fontSize,
      BOLD,
    );
    let x = this.left + labelWidth;
    for (let i = first; i < widths.length; i += 1) {
      this.cellBox(x, itemAt(widths, i), height, SHADE);
      const value = values[i];
      doc.fillColor('black');
      if (value !== null && value !== undefined)
        this.oneLine(
          formatGrosze(value),
          x + PAD,
          this.y + PAD,
          itemAt(widths, i) - 2 * PAD,
          'right',
          section.fontSize,
          BOLD,
        );
      x += itemAt(widths, i);
    }
    this.y += height;
  }

  private emptyRow(section: Section, height: number): void {
    this.cellBox(this.left, this.width, height);
    this.doc.fillColor(MUTED);
    this.oneLine(
      section.emptyText,
      this.left + PAD,
      this.y + PAD,
      this.width - 2 * PAD,
      'center',
      section.fontSize,
    );
    this.y += height;
  }

  private cellBox(x: number, width: number, height: number, fill?: string): void {
    const { doc } = this;
    doc.save();
    doc.lineWidth(0.4).strokeColor(GRID);
    if (fill) doc.rect(x, this.y, width, height).fillAndStroke(fill, GRID);
    else doc.rect(x, this.y, width, height).stroke();
    doc.restore();
  }

  /** One line of text, never wrapped: shrunk to fit when wider than its place. */
  private oneLine(
    text: string,
    x: number,
    y: number,
    width: number,
    align: 'left' | 'center' | 'right',
    size: number,
    font = REGULAR,
  ): void {
    const { doc } = this;
    doc.font(font).fontSize(size);
    let textWidth = doc.widthOfString(text);
    if (textWidth > width) {
      doc.fontSize((size * width) / textWidth);
      textWidth = doc.widthOfString(text);
    }
    const offset =
      align === 'right' ? width - textWidth : align === 'center' ? (width - textWidth) / 2 : 0;
    doc.text(text, x + Math.max(0, offset), y, { lineBreak: false });
  }
}
