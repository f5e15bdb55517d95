package governance.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import governance.dsl.tests.SwedishTextsTest;

/**
 * Typical mistakes of a planner, each with the exact set of diagnostics the editor shows for the
 * file: one precise message at the mistake ("line:column message"), no follow-on errors elsewhere,
 * nothing in English. Most are made in a committee plan of two goals in the shared test model
 * ({@link Fixture}); a clean row is a form people type that the language accepts.
 */
class PlannerMistakesTest {

	static Stream<Arguments> mistakes() {
		// Each text starts with a comment naming the mistake: lines are counted from there.
		return Stream.of(
				mistake("one garbage line inside a goal",
						"kommun linkoping \"Linköpings kommun\"\nplan bun_ib \"Internbudget 2019\" {\n  ägare bun\n  period 2019-2022\n  mål bun_m1 \"Barn känner sig trygga\" {\n    målområde samhälle\n    det här ska bort\n    leder till kf_m1\n    indikator bun_m1_i1 \"Andel trygga elever\" { målvärde 2022: 90 }\n  }\n  mål bun_m2 \"Medarbetarna trivs\" {\n    målområde medarbetare\n    beslutas av ks\n    leder till kf_m2\n    indikator bun_m2_i1 \"Trivsel\" { målvärde 2022: 80 }\n  }\n}\n",
						"8:5 'det' hör inte hit. Här väntas ett av: nivå, ägare, ansvarig, målområde, önskat läge, beskrivning, period, leder till, grunduppdrag, styrdokument, agenda2030, beslut, …"),
				mistake("a garbage line in each of two goals",
						"kommun linkoping \"Linköpings kommun\"\nplan bun_ib \"Internbudget 2019\" {\n  ägare bun\n  period 2019-2022\n  mål bun_m1 \"Barn känner sig trygga\" {\n    målområde samhälle\n    det här ska bort\n    leder till kf_m1\n    indikator bun_m1_i1 \"Andel trygga elever\" { målvärde 2022: 90 }\n  }\n  mål bun_m2 \"Medarbetarna trivs\" {\n    målområde medarbetare\n    beslutas av ks\n    och detta med\n    leder till kf_m2\n    indikator bun_m2_i1 \"Trivsel\" { målvärde 2022: 80 }\n  }\n}\n",
						"8:5 'det' hör inte hit. Här väntas ett av: nivå, ägare, ansvarig, målområde, önskat läge, beskrivning, period, leder till, grunduppdrag, styrdokument, agenda2030, beslut, …",
						"15:5 'och' hör inte hit. Här väntas ett av: nivå, ägare, ansvarig, målområde, önskat läge, beskrivning, period, leder till, grunduppdrag, styrdokument, agenda2030, beslut, …"),
				mistake("a goal without its opening brace",
						"kommun linkoping \"Linköpings kommun\"\nplan bun_ib \"Internbudget 2019\" {\n  ägare bun\n  period 2019-2022\n  mål bun_m1 \"Barn känner sig trygga\"\n    målområde samhälle\n    leder till kf_m1\n    indikator bun_m1_i1 \"Andel trygga elever\" { målvärde 2022: 90 }\n  }\n  mål bun_m2 \"Medarbetarna trivs\" {\n    målområde medarbetare\n    beslutas av ks\n    leder till kf_m2\n    indikator bun_m2_i1 \"Trivsel\" { målvärde 2022: 80 }\n  }\n}\n",
						"6:38 '{' saknas i slutet av raden: raderna under den hör till blocket som '}' på rad 10 stänger."),
				mistake("a goal without its closing brace",
						"kommun linkoping \"Linköpings kommun\"\nplan bun_ib \"Internbudget 2019\" {\n  ägare bun\n  period 2019-2022\n  mål bun_m1 \"Barn känner sig trygga\" {\n    målområde samhälle\n    leder till kf_m1\n    indikator bun_m1_i1 \"Andel trygga elever\" { målvärde 2022: 90 }\n  mål bun_m2 \"Medarbetarna trivs\" {\n    målområde medarbetare\n    beslutas av ks\n    leder till kf_m2\n    indikator bun_m2_i1 \"Trivsel\" { målvärde 2022: 80 }\n  }\n}\n",
						"10:3 '}' saknas före 'mål'."),
				mistake("the file ends before the plan is closed",
						"kommun linkoping \"Linköpings kommun\"\nplan bun_ib \"Internbudget 2019\" {\n  ägare bun\n  period 2019-2022\n  mål bun_m1 \"Barn känner sig trygga\" {\n    målområde samhälle\n    leder till kf_m1\n    indikator bun_m1_i1 \"Andel trygga elever\" { målvärde 2022: 90 }\n  }\n  mål bun_m2 \"Medarbetarna trivs\" {\n    målområde medarbetare\n    beslutas av ks\n    leder till kf_m2\n    indikator bun_m2_i1 \"Trivsel\" { målvärde 2022: 80 }\n  }\n",
						"16:4 '}' saknas i slutet av filen: ett block är inte stängt."),
				mistake("one closing brace too many",
						"kommun linkoping \"Linköpings kommun\"\nplan bun_ib \"Internbudget 2019\" {\n  ägare bun\n  period 2019-2022\n  mål bun_m1 \"Barn känner sig trygga\" {\n    målområde samhälle\n    leder till kf_m1\n    indikator bun_m1_i1 \"Andel trygga elever\" { målvärde 2022: 90 }\n  }\n  mål bun_m2 \"Medarbetarna trivs\" {\n    målområde medarbetare\n    beslutas av ks\n    leder till kf_m2\n    indikator bun_m2_i1 \"Trivsel\" { målvärde 2022: 80 }\n  }\n  }\n}\n",
						"18:1 En '}' för mycket: det finns inget öppet block här att stänga."),
				mistake("a misspelt keyword: mal",
						"kommun linkoping \"Linköpings kommun\"\nplan bun_ib \"Internbudget 2019\" {\n  ägare bun\n  period 2019-2022\n  mal bun_m1 \"Barn känner sig trygga\" {\n    målområde samhälle\n    leder till kf_m1\n    indikator bun_m1_i1 \"Andel trygga elever\" { målvärde 2022: 90 }\n  }\n  mål bun_m2 \"Medarbetarna trivs\" {\n    målområde medarbetare\n    beslutas av ks\n    leder till kf_m2\n    indikator bun_m2_i1 \"Trivsel\" { målvärde 2022: 80 }\n  }\n}\n",
						"6:3 'mal' hör inte hit. Menade du 'mål'?"),
				mistake("a keyword with a capital: Mål",
						"kommun linkoping \"Linköpings kommun\"\nplan bun_ib \"Internbudget 2019\" {\n  ägare bun\n  period 2019-2022\n  Mål bun_m1 \"Barn känner sig trygga\" {\n    målområde samhälle\n    leder till kf_m1\n    indikator bun_m1_i1 \"Andel trygga elever\" { målvärde 2022: 90 }\n  }\n  mål bun_m2 \"Medarbetarna trivs\" {\n    målområde medarbetare\n    beslutas av ks\n    leder till kf_m2\n    indikator bun_m2_i1 \"Trivsel\" { målvärde 2022: 80 }\n  }\n}\n",
						"6:3 'Mål' hör inte hit. Menade du 'mål'?"),
				mistake("a misspelt keyword inside a goal: indikatr",
						"kommun linkoping \"Linköpings kommun\"\nplan bun_ib \"Internbudget 2019\" {\n  ägare bun\n  period 2019-2022\n  mål bun_m1 \"Barn känner sig trygga\" {\n    målområde samhälle\n    leder till kf_m1\n    indikatr bun_m1_i1 \"Andel trygga elever\" { målvärde 2022: 90 }\n  }\n  mål bun_m2 \"Medarbetarna trivs\" {\n    målområde medarbetare\n    beslutas av ks\n    leder till kf_m2\n    indikator bun_m2_i1 \"Trivsel\" { målvärde 2022: 80 }\n  }\n}\n",
						"9:5 'indikatr' hör inte hit. Menade du 'indikator'?"),
				mistake("a misspelt ks-indikator",
						"kommun linkoping \"Linköpings kommun\"\nplan bun_ib \"Internbudget 2019\" {\n  ägare bun\n  period 2019-2022\n  mål bun_m1 \"Barn känner sig trygga\" {\n    målområde samhälle\n    leder till kf_m1\n    indikator bun_m1_i1 \"Andel trygga elever\" { ks_indikator målvärde 2022: 90 }\n  }\n  mål bun_m2 \"Medarbetarna trivs\" {\n    målområde medarbetare\n    beslutas av ks\n    leder till kf_m2\n    indikator bun_m2_i1 \"Trivsel\" { målvärde 2022: 80 }\n  }\n}\n",
						"9:49 'ks_indikator' hör inte hit. Menade du 'ks-indikator'?"),
				mistake("a keyword of another block: fokus in a goal",
						"kommun linkoping \"Linköpings kommun\"\nplan bun_ib \"Internbudget 2019\" {\n  ägare bun\n  period 2019-2022\n  mål bun_m1 \"Barn känner sig trygga\" {\n    målområde samhälle\n    leder till kf_m1\n    fokus yttre\n    indikator bun_m1_i1 \"Andel trygga elever\" { målvärde 2022: 90 }\n  }\n  mål bun_m2 \"Medarbetarna trivs\" {\n    målområde medarbetare\n    beslutas av ks\n    leder till kf_m2\n    indikator bun_m2_i1 \"Trivsel\" { målvärde 2022: 80 }\n  }\n}\n",
						"9:5 'fokus' hör inte hit. Här väntas ett av: nivå, ägare, ansvarig, målområde, önskat läge, beskrivning, period, leder till, grunduppdrag, styrdokument, agenda2030, beslut, …"),
				mistake("an id with a hyphen",
						"kommun linkoping \"Linköpings kommun\"\nplan bun_ib \"Internbudget 2019\" {\n  ägare bun\n  period 2019-2022\n  mål bun-m1 \"Barn känner sig trygga\" {\n    målområde samhälle\n    leder till kf_m1\n    indikator bun_m1_i1 \"Andel trygga elever\" { målvärde 2022: 90 }\n  }\n  mål bun_m2 \"Medarbetarna trivs\" {\n    målområde medarbetare\n    beslutas av ks\n    leder till kf_m2\n    indikator bun_m2_i1 \"Trivsel\" { målvärde 2022: 80 }\n  }\n}\n",
						"6:10 Ett id skrivs med bokstäver, siffror och understreck, utan bindestreck: till exempel bun_m1."),
				mistake("an id with a space",
						"kommun linkoping \"Linköpings kommun\"\nplan bun_ib \"Internbudget 2019\" {\n  ägare bun\n  period 2019-2022\n  mål bun m1 \"Barn känner sig trygga\" {\n    målområde samhälle\n    leder till kf_m1\n    indikator bun_m1_i1 \"Andel trygga elever\" { målvärde 2022: 90 }\n  }\n  mål bun_m2 \"Medarbetarna trivs\" {\n    målområde medarbetare\n    beslutas av ks\n    leder till kf_m2\n    indikator bun_m2_i1 \"Trivsel\" { målvärde 2022: 80 }\n  }\n}\n",
						"6:11 Ett id är ett enda ord utan mellanslag: till exempel bun_m1."),
				mistake("a goal without a title",
						"kommun linkoping \"Linköpings kommun\"\nplan bun_ib \"Internbudget 2019\" {\n  ägare bun\n  period 2019-2022\n  mål bun_m1 {\n    målområde samhälle\n    leder till kf_m1\n    indikator bun_m1_i1 \"Andel trygga elever\" { målvärde 2022: 90 }\n  }\n  mål bun_m2 \"Medarbetarna trivs\" {\n    målområde medarbetare\n    beslutas av ks\n    leder till kf_m2\n    indikator bun_m2_i1 \"Trivsel\" { målvärde 2022: 80 }\n  }\n}\n",
						"6:14 En text inom citattecken saknas före '{'."),
				mistake("a title without its closing quote",
						"kommun linkoping \"Linköpings kommun\"\nplan bun_ib \"Internbudget 2019\" {\n  ägare bun\n  period 2019-2022\n  mål bun_m1 \"Barn känner sig trygga {\n    målområde samhälle\n    leder till kf_m1\n    indikator bun_m1_i1 \"Andel trygga elever\" { målvärde 2022: 90 }\n  }\n  mål bun_m2 \"Medarbetarna trivs\" {\n    målområde medarbetare\n    beslutas av ks\n    leder till kf_m2\n    indikator bun_m2_i1 \"Trivsel\" { målvärde 2022: 80 }\n  }\n}\n",
						"6:14 Texten saknar avslutande citattecken (\")."),
				mistake("a semicolon at the end of a line",
						"kommun linkoping \"Linköpings kommun\"\nplan bun_ib \"Internbudget 2019\" {\n  ägare bun\n  period 2019-2022\n  mål bun_m1 \"Barn känner sig trygga\" {\n    målområde samhälle;\n    leder till kf_m1\n    indikator bun_m1_i1 \"Andel trygga elever\" { målvärde 2022: 90 }\n  }\n  mål bun_m2 \"Medarbetarna trivs\" {\n    målområde medarbetare\n    beslutas av ks\n    leder till kf_m2\n    indikator bun_m2_i1 \"Trivsel\" { målvärde 2022: 80 }\n  }\n}\n",
						"7:23 Tecknet ';' hör inte hemma i en styrmodell."),
				mistake("a list that ends with a comma",
						"kommun linkoping \"Linköpings kommun\"\nplan bun_ib \"Internbudget 2019\" {\n  ägare bun\n  period 2019-2022\n  mål bun_m1 \"Barn känner sig trygga\" {\n    målområde samhälle\n    leder till kf_m1,\n    indikator bun_m1_i1 \"Andel trygga elever\" { målvärde 2022: 90 }\n  }\n  mål bun_m2 \"Medarbetarna trivs\" {\n    målområde medarbetare\n    beslutas av ks\n    leder till kf_m2\n    indikator bun_m2_i1 \"Trivsel\" { målvärde 2022: 80 }\n  }\n}\n",
						"8:21 Listan slutar med ',': skriv ett id till efter kommatecknet, eller ta bort det."),
				mistake("a title where the id of the parent goal belongs",
						"kommun linkoping \"Linköpings kommun\"\nplan bun_ib \"Internbudget 2019\" {\n  ägare bun\n  period 2019-2022\n  mål bun_m1 \"Barn känner sig trygga\" {\n    målområde samhälle\n    leder till \"Linköping är en trygg plats att bo i\"\n    indikator bun_m1_i1 \"Andel trygga elever\" { målvärde 2022: 90 }\n  }\n  mål bun_m2 \"Medarbetarna trivs\" {\n    målområde medarbetare\n    beslutas av ks\n    leder till kf_m2\n    indikator bun_m2_i1 \"Trivsel\" { målvärde 2022: 80 }\n  }\n}\n",
						"8:16 Här skrivs ett id, inte en titel inom citattecken: \"Linköping är en trygg plats att bo i\"."),
				mistake("a responsible person without quotes",
						"kommun linkoping \"Linköpings kommun\"\nplan bun_ib \"Internbudget 2019\" {\n  ägare bun\n  period 2019-2022\n  mål bun_m1 \"Barn känner sig trygga\" {\n    målområde samhälle\n    ansvarig Anna Svensson\n    leder till kf_m1\n    indikator bun_m1_i1 \"Andel trygga elever\" { målvärde 2022: 90 }\n  }\n  mål bun_m2 \"Medarbetarna trivs\" {\n    målområde medarbetare\n    beslutas av ks\n    leder till kf_m2\n    indikator bun_m2_i1 \"Trivsel\" { målvärde 2022: 80 }\n  }\n}\n",
						"8:14 Här väntades en text inom citattecken, men det står 'Anna'. Skriv texten inom citattecken: \"Anna\"."),
				mistake("a source without quotes",
						"kommun linkoping \"Linköpings kommun\"\nplan bun_ib \"Internbudget 2019\" {\n  ägare bun\n  period 2019-2022\n  mål bun_m1 \"Barn känner sig trygga\" {\n    målområde samhälle\n    leder till kf_m1\n    indikator bun_m1_i1 \"Andel trygga elever\" { källa kolada N15419 målvärde 2022: 90 }\n  }\n  mål bun_m2 \"Medarbetarna trivs\" {\n    målområde medarbetare\n    beslutas av ks\n    leder till kf_m2\n    indikator bun_m2_i1 \"Trivsel\" { målvärde 2022: 80 }\n  }\n}\n",
						"9:62 Här väntades en text inom citattecken, men det står 'N15419'. Skriv texten inom citattecken: \"N15419\"."),
				mistake("a målvärde without its colon",
						"kommun linkoping \"Linköpings kommun\"\nplan bun_ib \"Internbudget 2019\" {\n  ägare bun\n  period 2019-2022\n  mål bun_m1 \"Barn känner sig trygga\" {\n    målområde samhälle\n    leder till kf_m1\n    indikator bun_m1_i1 \"Andel trygga elever\" { målvärde 2022 90 }\n  }\n  mål bun_m2 \"Medarbetarna trivs\" {\n    målområde medarbetare\n    beslutas av ks\n    leder till kf_m2\n    indikator bun_m2_i1 \"Trivsel\" { målvärde 2022: 80 }\n  }\n}\n",
						"9:63 ':' saknas före '90'."),
				mistake("a målvärde with two colons",
						"kommun linkoping \"Linköpings kommun\"\nplan bun_ib \"Internbudget 2019\" {\n  ägare bun\n  period 2019-2022\n  mål bun_m1 \"Barn känner sig trygga\" {\n    målområde samhälle\n    leder till kf_m1\n    indikator bun_m1_i1 \"Andel trygga elever\" { målvärde 2022:: 90 }\n  }\n  mål bun_m2 \"Medarbetarna trivs\" {\n    målområde medarbetare\n    beslutas av ks\n    leder till kf_m2\n    indikator bun_m2_i1 \"Trivsel\" { målvärde 2022: 80 }\n  }\n}\n",
						"9:63 ':' är inget värde: skriv ett tal (74, 74,5, 12 000), gärna med gräns och enhet (minst 80 %, max 900 kr), eller I.U."),
				mistake("12.000: twelve or twelve thousand",
						"kommun linkoping \"Linköpings kommun\"\nplan bun_ib \"Internbudget 2019\" {\n  ägare bun\n  period 2019-2022\n  mål bun_m1 \"Barn känner sig trygga\" {\n    målområde samhälle\n    leder till kf_m1\n    indikator bun_m1_i1 \"Andel trygga elever\" { målvärde 2022: max 12.000 }\n  }\n  mål bun_m2 \"Medarbetarna trivs\" {\n    målområde medarbetare\n    beslutas av ks\n    leder till kf_m2\n    indikator bun_m2_i1 \"Trivsel\" { målvärde 2022: 80 }\n  }\n}\n",
						"9:68 '12.000' kan läsas både som 12 och som 12 000: skriv 12 000 för tusental eller 12,000 med decimalkomma."),
				mistake("12 000 with a no-break space",
						"kommun linkoping \"Linköpings kommun\"\nplan bun_ib \"Internbudget 2019\" {\n  ägare bun\n  period 2019-2022\n  mål bun_m1 \"Barn känner sig trygga\" {\n    målområde samhälle\n    leder till kf_m1\n    indikator bun_m1_i1 \"Andel trygga elever\" { målvärde 2022: max 12\u00a0000 }\n  }\n  mål bun_m2 \"Medarbetarna trivs\" {\n    målområde medarbetare\n    beslutas av ks\n    leder till kf_m2\n    indikator bun_m2_i1 \"Trivsel\" { målvärde 2022: 80 }\n  }\n}\n"),
				mistake("a real minus sign",
						"kommun linkoping \"Linköpings kommun\"\nplan bun_ib \"Internbudget 2019\" {\n  ägare bun\n  period 2019-2022\n  mål bun_m1 \"Barn känner sig trygga\" {\n    målområde samhälle\n    leder till kf_m1\n    indikator bun_m1_i1 \"Andel trygga elever\" { målvärde 2022: \u22125 }\n  }\n  mål bun_m2 \"Medarbetarna trivs\" {\n    målområde medarbetare\n    beslutas av ks\n    leder till kf_m2\n    indikator bun_m2_i1 \"Trivsel\" { målvärde 2022: 80 }\n  }\n}\n"),
				mistake("74 (prognos) and a marked value as the workbook writes them",
						"kommun linkoping \"Linköpings kommun\"\nplan bun_ib \"Internbudget 2019\" {\n  ägare bun\n  period 2019-2022\n  mål bun_m1 \"Barn känner sig trygga\" {\n    målområde samhälle\n    leder till kf_m1\n    indikator bun_m1_i1 \"Andel trygga elever\" { målvärde 2022: 90 utfall 2020: 74 (prognos) utfall 2021: 19*\n fotnot * \"Avser vårterminen.\" }\n  }\n  mål bun_m2 \"Medarbetarna trivs\" {\n    målområde medarbetare\n    beslutas av ks\n    leder till kf_m2\n    indikator bun_m2_i1 \"Trivsel\" { målvärde 2022: 80 }\n  }\n}\n"),
				mistake("a marker without its footnote",
						"kommun linkoping \"Linköpings kommun\"\nplan bun_ib \"Internbudget 2019\" {\n  ägare bun\n  period 2019-2022\n  mål bun_m1 \"Barn känner sig trygga\" {\n    målområde samhälle\n    leder till kf_m1\n    indikator bun_m1_i1 \"Andel trygga elever\" { målvärde 2022: 90* }\n  }\n  mål bun_m2 \"Medarbetarna trivs\" {\n    målområde medarbetare\n    beslutas av ks\n    leder till kf_m2\n    indikator bun_m2_i1 \"Trivsel\" { målvärde 2022: 80 }\n  }\n}\n",
						"9:66 Markeringen '*' har ingen fotnot på raden: lägg till fotnot * \"…\" eller ta bort markeringen."),
				mistake("a bound in capitals and a percent sign without space",
						"kommun linkoping \"Linköpings kommun\"\nplan bun_ib \"Internbudget 2019\" {\n  ägare bun\n  period 2019-2022\n  mål bun_m1 \"Barn känner sig trygga\" {\n    målområde samhälle\n    leder till kf_m1\n    indikator bun_m1_i1 \"Andel trygga elever\" { målvärde 2022: Mindre än 70% utfall 2020: 75 % }\n  }\n  mål bun_m2 \"Medarbetarna trivs\" {\n    målområde medarbetare\n    beslutas av ks\n    leder till kf_m2\n    indikator bun_m2_i1 \"Trivsel\" { målvärde 2022: 80 }\n  }\n}\n"),
				mistake("mindre without än",
						"kommun linkoping \"Linköpings kommun\"\nplan bun_ib \"Internbudget 2019\" {\n  ägare bun\n  period 2019-2022\n  mål bun_m1 \"Barn känner sig trygga\" {\n    målområde samhälle\n    leder till kf_m1\n    indikator bun_m1_i1 \"Andel trygga elever\" { målvärde 2022: mindre 70 }\n  }\n  mål bun_m2 \"Medarbetarna trivs\" {\n    målområde medarbetare\n    beslutas av ks\n    leder till kf_m2\n    indikator bun_m2_i1 \"Trivsel\" { målvärde 2022: 80 }\n  }\n}\n",
						"9:71 'än' saknas före '70'."),
				mistake("ca before a number",
						"kommun linkoping \"Linköpings kommun\"\nplan bun_ib \"Internbudget 2019\" {\n  ägare bun\n  period 2019-2022\n  mål bun_m1 \"Barn känner sig trygga\" {\n    målområde samhälle\n    leder till kf_m1\n    indikator bun_m1_i1 \"Andel trygga elever\" { målvärde 2022: ca 90 }\n  }\n  mål bun_m2 \"Medarbetarna trivs\" {\n    målområde medarbetare\n    beslutas av ks\n    leder till kf_m2\n    indikator bun_m2_i1 \"Trivsel\" { målvärde 2022: 80 }\n  }\n}\n",
						"9:64 'ca' är inget värde: skriv ett tal (74, 74,5, 12 000), gärna med gräns och enhet (minst 80 %, max 900 kr), eller I.U."),
				mistake("an unknown unit after a value",
						"kommun linkoping \"Linköpings kommun\"\nplan bun_ib \"Internbudget 2019\" {\n  ägare bun\n  period 2019-2022\n  mål bun_m1 \"Barn känner sig trygga\" {\n    målområde samhälle\n    leder till kf_m1\n    indikator bun_m1_i1 \"Andel trygga elever\" { målvärde 2022: 90 procent }\n  }\n  mål bun_m2 \"Medarbetarna trivs\" {\n    målområde medarbetare\n    beslutas av ks\n    leder till kf_m2\n    indikator bun_m2_i1 \"Trivsel\" { målvärde 2022: 80 }\n  }\n}\n",
						"9:75 'procent' är ingen enhet som språket känner: skriv %, kr, tkr, mnkr, mdkr, st, ha, km, dagar, timmar eller minuter, eller enheten inom citattecken: \"procent\"."),
				mistake("an unknown unit after enhet",
						"kommun linkoping \"Linköpings kommun\"\nplan bun_ib \"Internbudget 2019\" {\n  ägare bun\n  period 2019-2022\n  mål bun_m1 \"Barn känner sig trygga\" {\n    målområde samhälle\n    leder till kf_m1\n    indikator bun_m1_i1 \"Andel trygga elever\" { enhet procent målvärde 2022: 90 }\n  }\n  mål bun_m2 \"Medarbetarna trivs\" {\n    målområde medarbetare\n    beslutas av ks\n    leder till kf_m2\n    indikator bun_m2_i1 \"Trivsel\" { målvärde 2022: 80 }\n  }\n}\n",
						"9:55 'procent' är ingen enhet som språket känner: skriv %, kr, tkr, mnkr, mdkr, st, ha, km, dagar, timmar eller minuter, eller enheten inom citattecken: \"procent\"."),
				mistake("a period with an en dash in an utfall",
						"kommun linkoping \"Linköpings kommun\"\nplan bun_ib \"Internbudget 2019\" {\n  ägare bun\n  period 2019-2022\n  mål bun_m1 \"Barn känner sig trygga\" {\n    målområde samhälle\n    leder till kf_m1\n    indikator bun_m1_i1 \"Andel trygga elever\" { målvärde 2022: 90 utfall 2019–2020: 3 }\n  }\n  mål bun_m2 \"Medarbetarna trivs\" {\n    målområde medarbetare\n    beslutas av ks\n    leder till kf_m2\n    indikator bun_m2_i1 \"Trivsel\" { målvärde 2022: 80 }\n  }\n}\n",
						"9:78 Skriv perioden med bindestreck, inte tankstreck: 2019-2020."),
				mistake("a plan period with an en dash",
						"kommun linkoping \"Linköpings kommun\"\nplan bun_ib \"Internbudget 2019\" {\n  ägare bun\n  period 2019–2022\n  mål bun_m1 \"Barn känner sig trygga\" {\n    målområde samhälle\n    leder till kf_m1\n    indikator bun_m1_i1 \"Andel trygga elever\" { målvärde 2022: 90 }\n  }\n  mål bun_m2 \"Medarbetarna trivs\" {\n    målområde medarbetare\n    beslutas av ks\n    leder till kf_m2\n    indikator bun_m2_i1 \"Trivsel\" { målvärde 2022: 80 }\n  }\n}\n",
						"5:14 Skriv perioden med bindestreck, inte tankstreck: 2019-2022."),
				mistake("riktning uppåt",
						"kommun linkoping \"Linköpings kommun\"\nplan bun_ib \"Internbudget 2019\" {\n  ägare bun\n  period 2019-2022\n  mål bun_m1 \"Barn känner sig trygga\" {\n    målområde samhälle\n    leder till kf_m1\n    indikator bun_m1_i1 \"Andel trygga elever\" { riktning uppåt målvärde 2022: 90 }\n  }\n  mål bun_m2 \"Medarbetarna trivs\" {\n    målområde medarbetare\n    beslutas av ks\n    leder till kf_m2\n    indikator bun_m2_i1 \"Trivsel\" { målvärde 2022: 80 }\n  }\n}\n",
						"9:58 'uppåt' går inte efter 'riktning': skriv ett av högre, lägre, intervall."),
				mistake("riktning Högre",
						"kommun linkoping \"Linköpings kommun\"\nplan bun_ib \"Internbudget 2019\" {\n  ägare bun\n  period 2019-2022\n  mål bun_m1 \"Barn känner sig trygga\" {\n    målområde samhälle\n    leder till kf_m1\n    indikator bun_m1_i1 \"Andel trygga elever\" { riktning Högre målvärde 2022: 90 }\n  }\n  mål bun_m2 \"Medarbetarna trivs\" {\n    målområde medarbetare\n    beslutas av ks\n    leder till kf_m2\n    indikator bun_m2_i1 \"Trivsel\" { målvärde 2022: 80 }\n  }\n}\n",
						"9:58 'Högre' går inte efter 'riktning': skriv ett av högre, lägre, intervall."),
				mistake("a start month without a year",
						"kommun linkoping \"Linköpings kommun\"\nplan bun_ib \"Internbudget 2019\" {\n  ägare bun\n  period 2019-2022\n  mål bun_m1 \"Barn känner sig trygga\" {\n    målområde samhälle\n    leder till kf_m1\n    indikator bun_m1_i1 \"Andel trygga elever\" { målvärde 2022: 90 }\n  }\n  mål bun_m2 \"Medarbetarna trivs\" {\n    målområde medarbetare\n    beslutas av ks\n    leder till kf_m2\n    indikator bun_m2_i1 \"Trivsel\" { målvärde 2022: 80 }\n  }\n  aktivitet bun_a1 \"Aktivitet\" { bidrar till bun_m1 start mars }\n}\n",
						"17:64 Ett tal saknas före '}'."),
				mistake("a mistyped parent goal",
						"kommun linkoping \"Linköpings kommun\"\nplan bun_ib \"Internbudget 2019\" {\n  ägare bun\n  period 2019-2022\n  mål bun_m1 \"Barn känner sig trygga\" {\n    målområde samhälle\n    leder till kf_m3\n    indikator bun_m1_i1 \"Andel trygga elever\" { målvärde 2022: 90 }\n  }\n  mål bun_m2 \"Medarbetarna trivs\" {\n    målområde medarbetare\n    beslutas av ks\n    leder till kf_m2\n    indikator bun_m2_i1 \"Trivsel\" { målvärde 2022: 80 }\n  }\n}\n",
						"8:16 Målet 'kf_m3' finns inte. Menade du kf_m1, kf_m2?"),
				mistake("a mistyped area",
						"kommun linkoping \"Linköpings kommun\"\nplan bun_ib \"Internbudget 2019\" {\n  ägare bun\n  period 2019-2022\n  mål bun_m1 \"Barn känner sig trygga\" {\n    målområde samhällle\n    leder till kf_m1\n    indikator bun_m1_i1 \"Andel trygga elever\" { målvärde 2022: 90 }\n  }\n  mål bun_m2 \"Medarbetarna trivs\" {\n    målområde medarbetare\n    beslutas av ks\n    leder till kf_m2\n    indikator bun_m2_i1 \"Trivsel\" { målvärde 2022: 80 }\n  }\n}\n",
						"7:15 Målområdet 'samhällle' finns inte. Menade du samhälle?"),
				mistake("a level written with a capital",
						"kommun linkoping \"Linköpings kommun\"\nplan bun_ib \"Internbudget 2019\" {\n  ägare bun\n  period 2019-2022\n  mål bun_m1 \"Barn känner sig trygga\" {\n    nivå Nämnd\n    målområde samhälle\n    leder till kf_m1\n    indikator bun_m1_i1 \"Andel trygga elever\" { målvärde 2022: 90 }\n  }\n  mål bun_m2 \"Medarbetarna trivs\" {\n    målområde medarbetare\n    beslutas av ks\n    leder till kf_m2\n    indikator bun_m2_i1 \"Trivsel\" { målvärde 2022: 80 }\n  }\n}\n",
						"7:10 Nivån 'Nämnd' finns inte. Menade du nämnd?"),
				mistake("an organisation written by its title",
						"kommun linkoping \"Linköpings kommun\"\nplan bun_ib \"Internbudget 2019\" {\n  ägare bun\n  period 2019-2022\n  mål bun_m1 \"Barn känner sig trygga\" {\n    målområde samhälle\n    leder till kf_m1\n    indikator bun_m1_i1 \"Andel trygga elever\" { målvärde 2022: 90 }\n  }\n  mål bun_m2 \"Medarbetarna trivs\" {\n    målområde medarbetare\n    beslutas av Kommunstyrelsen\n    leder till kf_m2\n    indikator bun_m2_i1 \"Trivsel\" { målvärde 2022: 80 }\n  }\n}\n",
						"13:17 Organisationen 'Kommunstyrelsen' finns inte. Menade du ks?"),
				mistake("a plan owner written by its title",
						"kommun linkoping \"Linköpings kommun\"\nplan bun_ib \"Internbudget 2019\" {\n  ägare Kommunstyrelsen\n  period 2019-2022\n  mål bun_m1 \"Barn känner sig trygga\" {\n    målområde samhälle\n    leder till kf_m1\n    indikator bun_m1_i1 \"Andel trygga elever\" { målvärde 2022: 90 }\n  }\n  mål bun_m2 \"Medarbetarna trivs\" {\n    målområde medarbetare\n    beslutas av ks\n    leder till kf_m2\n    indikator bun_m2_i1 \"Trivsel\" { målvärde 2022: 80 }\n  }\n}\n",
						"4:9 Organisationen 'Kommunstyrelsen' finns inte. Menade du ks?"),
				mistake("an unknown assessment label in a follow-up",
						"kommun linkoping \"Linköpings kommun\"\nuppföljning delår2019 \"Delårsrapport 2019\" {\n  år 2019\n  mål kf_m1 bedöms grön\n}\n",
						"5:20 Bedömningen 'grön' finns inte. Bedömningsskalans värden är: delvis, ej_bedömt, ej_uppfyllt, uppfyllt."),
				mistake("an unknown status word",
						"kommun linkoping \"Linköpings kommun\"\nplan p \"P\" {\n  ägare bun\n  uppdrag bun_u1 \"Uppdrag\" { till utbf status klar }\n}\n",
						"5:47 Statusordet 'klar' finns inte. Modellens statusord är: genomfört, pågående."),
				mistake("an activity followed up as an uppdrag",
						"kommun linkoping \"Linköpings kommun\"\nplan p \"P\" {\n  ägare bun\n  mål bun_m1 \"Barn\" { målområde samhälle leder till kf_m1 indikator i1 \"I\" { målvärde 2022: 1 } }\n  aktivitet bun_a1 \"Aktivitet\" { bidrar till bun_m1 }\n}\nuppföljning delår2019 \"Delårsrapport 2019\" {\n  år 2019\n  uppdrag bun_a1 status pågående\n}\n",
						"10:11 Uppdraget 'bun_a1' finns inte. 'bun_a1' är en aktivitet."));
	}

	private static Arguments mistake(String name, String text, String... diagnostics) {
		return Arguments.of(name, "// # " + name + "\n" + text, List.of(diagnostics));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("mistakes")
	void oneMistakeOnePreciseMessage(String name, String text, List<String> expected) {
		List<Issue> issues = Fixture.withCouncilGoals().file("bun.styr", text).validate("bun.styr");
		Set<String> actual = new TreeSet<>();
		for (Issue issue : issues) {
			actual.add(issue.getLineNumber() + ":" + issue.getColumn() + " " + issue.getMessage());
			SwedishTextsTest.assertSwedish(name, issue.getMessage());
		}
		assertEquals(new TreeSet<>(expected), actual, name);
		assertEquals(expected.size(), issues.size(), name + ": one diagnostic per mistake, none twice");
	}

	/** The table is the issue's list and more: at least 30 mistakes, each with its message. */
	@org.junit.jupiter.api.Test
	void theTableCoversTheTypicalMistakes() {
		long withMessage = mistakes().filter(row -> !((List<?>) row.get()[2]).isEmpty()).count();
		assertEquals(true, withMessage >= 30, withMessage + " mistakes with a message");
	}
}
