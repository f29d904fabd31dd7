/**
 * Common Norwegian given names and surnames, as data for the person-name
 * detector (people.ts). Written for this project from Statistics Norway's
 * published lists of the most common names (ssb.no, "Navn": the most common
 * given names for women and men, and the most common surnames), rounded out
 * with common spelling variants. Not a register of people: a name here is
 * evidence, to be weighed with its position in the sentence.
 */

const WOMEN = `
Anne Inger Kari Marit Ingrid Liv Eva Berit Astrid Bjørg Hilde Anna Solveig Marianne Randi Ida Nina Maria Elisabeth
Kristin Bente Heidi Silje Hanne Gerd Linda Tone Tove Elin Anita Wenche Ragnhild Camilla Ellen Karin Hege Ann Jorunn
Turid Mona Else Aud Monica Cecilie Marte Julie Laila Grethe Grete Mari Sissel Unni Kristine Line Sigrid Trine Gunn
Nora Emma Sara Sofie Ingeborg Hanna Thea Emilie Maja Amalie Tuva Ingvild Guro Siri Synnøve Torill Vigdis Reidun
Åse Eli Anette Annette Lene Lise Merete Mette Janne Hilde Kirsten Margrethe Margit Ruth Sonja Gro Trude Vibeke
Stine Lena Karoline Caroline Victoria Vilde Frida Ingunn Oda Malin Mathilde Mathea Live Helene Helena Marthe Martha
Anniken Irene Ellinor Gunhild Gunvor Aslaug Borghild Torunn Torhild Britt Brit Elsa Agnes Alma Ella Olivia Selma
Ylva Aurora Leah Lea Hedda Tiril Sunniva Ronja Iselin Birgit Inga Idun Ragnhild Lisbeth Wenke Bodil Ann-Kristin
Anne-Lise Anne-Marie Ann-Mari Kari-Anne Eva-Marie Mia Linn Lin Tina Renate Ane Ine Kine Kjersti Marita Margareth
Hildegunn Jannicke Nathalie Natalie Veronica Veronika Jenny Charlotte Christine Kristina Katrine Kathrine Cathrine
Elise Aina Siv Tonje Torill Inger-Lise Gry Ranveig Oddny Oddrun Dagny Dagrun Ragna Signe Synne Hilma Thale Ylva
Live Andrea Sandra Susanne Jeanette Nadia Amina Fatima Aisha Mariam Zahra Sigrun Kjellaug Margun Laura Eline
`;

const MEN = `
Jan Per Bjørn Ole Lars Kjell Knut Arne Svein Thomas Hans Geir Tor Morten Terje Odd Martin Erik Andreas John Anders
Rune Trond Tore Jon Harald Olav Espen Jørgen Stian Kristian Øyvind Helge Gunnar Eirik Magnus Leif Einar Nils Rolf
Petter Steinar Frode Kjetil Atle Egil Ivar Christian Jens Dag Sigurd Henrik Jonas Sindre Kristoffer Christoffer Fredrik
Emil Mathias Markus Marius Daniel Jakob Jacob Filip Alexander Sebastian Tobias Even Vegard Sondre Håkon Eivind
Øystein Sverre Kåre Torbjørn Halvor Gaute Vidar Roar Ragnar Audun Bård Pål Paul Asbjørn Sigbjørn Torstein Reidar
Arild Aksel Axel Oskar Oscar Johannes Johan Karl Carl Herman William Noah Lucas Lukas Isak Elias Aleksander Adrian
Kim Robert Roger Ronny Tommy Kenneth Glenn Jarle Jostein Joakim Kristen Bernt Finn Gustav Ludvig Olaf Ola Sigmund
Stein Steinar Sturla Torgeir Tormod Trygve Vebjørn Yngve Øivind Åge Ørjan Ståle Stig Sveinung Tarjei Teodor
Thor Thorbjørn Tollef Torleif Arvid Asle Audun Birger Brede Dagfinn Eilif Erlend Fridtjof Gisle Gudmund Halvard
Hallvard Hallstein Idar Inge Ingvar Ivar Jarl Jørn Kai Kato Ketil Kolbjørn Lasse Leiv Magne Mats Mikael Mikkel
Nikolai Nicolai Njål Oddvar Ottar Peder Preben Rasmus Remi Sander Simen Simon Snorre Svenn Sverre Syver Tage
Tarald Thomas Tom Torkel Truls Ulf Vemund Viggo Vilhelm Wilhelm Mohammed Mohammad Muhammad Ali Ahmed Hassan
Omar Yusuf Jan-Erik Jan-Ove Per-Arne Per-Olav Ole-Martin Hans-Petter Knut-Arne Tor-Arne Carl-Erik Jan-Petter
`;

const SURNAMES = `
Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen Kristiansen Jensen Karlsen Johnsen Pettersen Eriksen Berg
Haugen Hagen Johannessen Andreassen Jacobsen Jakobsen Dahl Jørgensen Halvorsen Henriksen Lund Sørensen Moen
Gundersen Iversen Strand Solberg Svendsen Eide Knutsen Martinsen Paulsen Bakken Kristoffersen Mathisen Lie
Amundsen Nguyen Rasmussen Lunde Solheim Berge Moe Nygård Bakke Kristensen Fredriksen Holm Lien Hauge Christensen
Andresen Nielsen Knudsen Evensen Sæther Aas Myhre Hanssen Haugland Thomassen Sivertsen Simonsen Danielsen
Berntsen Sandvik Rønning Arnesen Antonsen Næss Vik Haug Ellingsen Thorsen Edvardsen Birkeland Isaksen
Gulbrandsen Ruud Aasen Strøm Myklebust Tangen Ødegård Eliassen Helland Bøe Jenssen Aune Mikkelsen Tveit Brekke
Abrahamsen Madsen Olausen Jansen Ahmed Ali Khan Hussain Mohamed Iqbal Vedvik Wold Wik Foss Bråten Dale Dalen
Engen Fjeld Gran Hovland Hoel Holmen Hovde Husby Jacobsen Kvalheim Kvam Langeland Lindberg Lindstrøm Løken
Mathiesen Monsen Mortensen Nordby Nordmann Nyberg Næsheim Opsahl Pedersen Rød Røed Sandberg Sletten Smith
Solli Stene Storm Sunde Sundt Svensson Sætre Tveiten Ulvestad Vold Wilhelmsen Aalberg Aarseth Bjerke Bjørnstad
Borge Brandal Dahle Ekeberg Eliassen Engebretsen Fosse Fossum Furuseth Grønli Grønvold Gjerde Hammer Heggelund
Helle Hellesøy Holte Haaland Håland Ingebrigtsen Jakobsen Jonassen Karlsson Kleppe Knutsen Kolstad Kristoffersen
Kvalvik Lorentzen Løvås Magnussen Meyer Midtbø Myrvold Nesse Nilssen Nordli Nygaard Olaussen Ottesen Pettersson
Rasmussen Reitan Riise Rustad Ryan Sand Sandnes Sivertsen Skaug Skogen Steen Stokke Strømme Syversen Thoresen
Tollefsen Torgersen Tønnesen Ulriksen Vestby Wang Økland Østby Aamodt Andreassen Bakkevig Bergersen Bjørnsen
Bratli Christiansen Drange Erstad Fagerli Fjellheim Flaten Gjertsen Grande Haugan Heggem Henriksen Hjelle
Hustad Jahren Leirvik Nordahl Hoff 
`;

const words = (s: string) => s.split(/\s+/u).filter(Boolean).map((w) => w.toLocaleLowerCase('nb'));

/** Given names, lower-cased. */
export const GIVEN_NAMES: ReadonlySet<string> = new Set([...words(WOMEN), ...words(MEN)]);

/** Surnames, lower-cased. */
export const SURNAMES_SET: ReadonlySet<string> = new Set(words(SURNAMES));
