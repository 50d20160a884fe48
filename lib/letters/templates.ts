/**
 * The default letter templates, one per kind, as data (Mustache text, see render.ts). An admin may
 * replace any of them (table letter_templates); "reset to default" deletes the row and this text
 * applies again. `title` is the letter's object line, `body` runs from the salutation to the closing
 * formula; the letterhead, addressee, place and date, and signature are the frame (compose.ts).
 *
 * Written as a French union lawyer would: each request cites its article, and the case law where it
 * helps (DOMAIN.md A.1–A.3). The articles are those of LETTER_KIND_INFO.
 */
import type { TLetterKind } from "./kinds";

export type TLetterTemplate = { title: string; body: string };

const CLOSING_CSE =
  "Dans l'attente de votre réponse, nous vous prions d'agréer, Madame, Monsieur le Président, l'expression de nos salutations distinguées.";

/** The flags the case raises, each with its articles; "à vérifier" when a fact is still missing. */
const FLAG_LIST = `{{#flags}}
– {{articles}} : {{explanation}}{{^isConfirmed}} (à vérifier){{/isConfirmed}}
{{/flags}}`;

const OPEN_CONSULTATION: TLetterTemplate = {
  title: "Demande d'information-consultation du CSE sur le projet « {{case.localName}} » ({{tool.name}})",
  body: `Madame, Monsieur le Président,

Les élus du comité social et économique ont appris que {{employer.legalName}} {{#case.pilotStartOn}}a engagé, depuis le {{case.pilotStartOn}}, une phase pilote du projet « {{case.localName}} »{{/case.pilotStartOn}}{{^case.pilotStartOn}}prépare le projet « {{case.localName}} »{{/case.pilotStartOn}}, qui introduit l'outil d'intelligence artificielle {{tool.name}}, fourni par {{tool.vendor}}{{#case.services}}, dans les services suivants : {{case.services}}{{/case.services}}.

En application de l'article L2312-8 du Code du travail, le CSE est informé et consulté sur l'introduction de nouvelles technologies et sur tout aménagement important modifiant les conditions de santé et de sécurité ou les conditions de travail. Depuis l'ordonnance n° 2017-1386 du 22 septembre 2017, l'introduction d'une nouvelle technologie suffit à elle seule à imposer cette consultation (TJ Pontoise, 15 avril 2022, RG 22/00134).
{{#case.monitors}}

Cet outil permet en outre de mesurer l'activité des salariés ({{case.monitors}}). L'article L2312-38 du Code du travail impose que le CSE soit informé et consulté, préalablement à la décision de mise en œuvre, sur les moyens ou techniques permettant un contrôle de l'activité des salariés. À défaut, les informations recueillies par ce dispositif ne sont pas opposables aux salariés (Cass. soc., 11 décembre 2019, n° 18-11.792).
{{/case.monitors}}

La consultation doit précéder toute décision de l'employeur (article L2312-14 du Code du travail), et une phase dite « pilote » ou d'expérimentation constitue déjà une première mise en œuvre du projet (TJ Nanterre, référé, 14 février 2025, RG 24/01457).

Nous vous demandons en conséquence :
– d'inscrire ce projet à l'ordre du jour d'une prochaine réunion du CSE en vue de son information-consultation ;
– de nous remettre au préalable les informations précises et écrites prévues par l'article L2312-15 du Code du travail, dont la communication fera courir le délai de consultation (article R2312-5) ;
– de suspendre toute mise en œuvre, même expérimentale, jusqu'à ce que le CSE ait rendu son avis.
{{#hasFlags}}

Les éléments dont nous disposons appellent dès à présent votre attention sur les points suivants :
${FLAG_LIST}
{{/hasFlags}}

Nous vous rappelons que le défaut de consultation du CSE est susceptible de constituer un délit d'entrave à son fonctionnement régulier (article L2317-1 du Code du travail).

${CLOSING_CSE}`,
};

const PRECISE_INFORMATION: TLetterTemplate = {
  title: "Demande d'informations précises et écrites sur le projet « {{case.localName}} » (article L2312-15 du Code du travail)",
  body: `Madame, Monsieur le Président,

Le comité social et économique est consulté sur le projet « {{case.localName}} », qui repose sur l'outil d'intelligence artificielle {{tool.name}}, fourni par {{tool.vendor}}.{{#consultation.d0}} Les informations remises le {{consultation.d0}} ont fait courir le délai de consultation (article R2312-5 du Code du travail){{#consultation.deadline}}, qui expire le {{consultation.deadline}}{{/consultation.deadline}}.{{/consultation.d0}}

L'article L2312-15 du Code du travail dispose que, pour lui permettre de formuler un avis motivé, le CSE dispose d'informations précises et écrites transmises par l'employeur, d'un délai d'examen suffisant et de la réponse motivée de l'employeur à ses propres observations.
{{#hasMissingDocuments}}

En l'état, les élus ne disposent pas des éléments suivants, indispensables à l'examen du projet, dont nous vous demandons la communication :
{{#missingDocuments}}
– {{detail}} ;
{{/missingDocuments}}
{{/hasMissingDocuments}}

S'agissant d'un système d'intelligence artificielle, nous vous demandons de répondre par écrit aux questions suivantes :
1. Fournisseur et modèle : qui édite l'outil, quel modèle d'IA il utilise{{#tool.underlyingModel}} (le dossier mentionne : {{tool.underlyingModel}}){{/tool.underlyingModel}}, où il est hébergé et par quels sous-traitants ?
2. Flux de données : quelles données des salariés et des clients sont traitées, lesquelles sont transmises à l'éditeur ou hors de l'Union européenne, et combien de temps sont-elles conservées ?
3. Entraînement : l'éditeur utilise-t-il les données des salariés ou des clients pour entraîner ou améliorer ses modèles ? Sur quelle base juridique, et avec quelle possibilité d'opposition ?
4. Journaux : quels journaux d'utilisation l'outil produit-il, qui y a accès, et sont-ils conservés au moins six mois (article 26(6) du règlement (UE) 2024/1689 sur l'IA) ?
5. Contrôle humain : qui supervise les résultats de l'outil, avec quelle formation et quel pouvoir de les corriger ou de les écarter (article 26(2) du règlement sur l'IA) ?
6. Analyse d'impact : une analyse d'impact relative à la protection des données (article 35 du RGPD) a-t-elle été réalisée ? Nous en demandons la communication.
7. Classification : l'outil relève-t-il des pratiques interdites (article 5), des systèmes à haut risque (annexe III) ou des obligations de transparence (article 50) du règlement sur l'IA ? Sur quelle analyse ?
8. Emploi et charge de travail : quels effets sont attendus sur les effectifs, les métiers, les compétences, la charge de travail et le temps consacré à vérifier les résultats de l'outil ?
9. Environnement : quelles sont la consommation d'énergie et l'empreinte environnementale de l'outil (article L2312-8 III du Code du travail) ?

{{#hasFlags}}
Les éléments dont nous disposons appellent en outre votre attention, et une réponse écrite, sur les points suivants :
${FLAG_LIST}

{{/hasFlags}}
Si les élus estiment ne pas disposer d'éléments suffisants, ils peuvent saisir le président du tribunal judiciaire, statuant selon la procédure accélérée au fond, pour qu'il ordonne la communication des éléments manquants (article L2312-15 du Code du travail){{#consultation.courtReferralLastDay}} ; cette saisine doit intervenir au plus tard le {{consultation.courtReferralLastDay}}{{/consultation.courtReferralLastDay}}.

Nous vous remercions de nous transmettre ces éléments dans les meilleurs délais, et en tout état de cause avant la prochaine réunion du CSE.

${CLOSING_CSE}`,
};

const EXPERT_DELIBERATION: TLetterTemplate = {
  title: "Délibération du CSE désignant un expert habilité — projet « {{case.localName}} » (article L2315-94 2° du Code du travail)",
  body: `Madame, Monsieur le Président,

Nous vous notifions la délibération adoptée par le comité social et économique lors de sa réunion du {{#consultation.deliberationOn}}{{consultation.deliberationOn}}{{/consultation.deliberationOn}}{{^consultation.deliberationOn}}[date de la réunion]{{/consultation.deliberationOn}}, dont le texte suit.

« Le comité social et économique, consulté sur le projet « {{case.localName}} » d'introduction par {{employer.legalName}} de l'outil d'intelligence artificielle {{tool.name}} ({{tool.vendor}}),

Considérant que ce projet constitue l'introduction d'une nouvelle technologie et un projet important modifiant les conditions de travail, au sens de l'article L2312-8 du Code du travail ;

{{#hasFlags}}
Considérant que le dossier fait apparaître les manquements suivants :
${FLAG_LIST}

{{/hasFlags}}
Considérant que les élus ont besoin d'une analyse indépendante de ses effets sur l'emploi, la charge et les conditions de travail, la santé des salariés{{#case.monitors}}, le contrôle de leur activité{{/case.monitors}} et la protection de leurs données ;

Décide, en application de l'article L2315-94 2° du Code du travail, de recourir à un expert habilité et désigne à cet effet {{#consultation.expertFirm}}le cabinet {{consultation.expertFirm}}{{/consultation.expertFirm}}{{^consultation.expertFirm}}le cabinet [nom du cabinet d'expertise]{{/consultation.expertFirm}}.

La mission de l'expert porte sur l'analyse du projet et de ses conséquences sur l'emploi, les métiers, la charge et l'organisation du travail, la santé et la sécurité, le contrôle de l'activité et la protection des données des salariés, ainsi que sur la conformité de l'outil au règlement (UE) 2024/1689 sur l'IA, afin d'éclairer l'avis du comité.

Le comité mandate son secrétaire pour notifier la présente délibération à l'employeur et accomplir toutes les démarches utiles à l'exécution de la mission. »

L'expert vous adressera sa demande d'informations dans les trois jours de sa désignation et vous disposerez de cinq jours pour y répondre (article R2315-45). Il vous notifiera le coût prévisionnel, l'étendue et la durée de l'expertise dans les dix jours de sa désignation (article R2315-46). Il a accès aux informations nécessaires à sa mission (article L2315-83). Les frais de l'expertise sont pris en charge à 80 % par l'employeur et à 20 % par le budget de fonctionnement du comité (article L2315-80). Si vous entendez contester la nécessité de l'expertise, le choix de l'expert, son coût, son étendue ou sa durée, vous disposez de dix jours pour saisir le président du tribunal judiciaire (articles L2315-86 et R2315-49). Le délai de consultation du CSE est porté à deux mois (article R2312-6).

${CLOSING_CSE}`,
};

const RIGHTS_ALERT: TLetterTemplate = {
  title: "Droit d'alerte pour atteinte aux droits des personnes et aux libertés individuelles — outil {{tool.name}} (article L2312-59 du Code du travail)",
  body: `Madame, Monsieur le Président,

En notre qualité de membres de la délégation du personnel au comité social et économique, nous exerçons par la présente le droit d'alerte prévu par l'article L2312-59 du Code du travail.

Nous constatons que l'outil d'intelligence artificielle {{tool.name}} ({{tool.vendor}}), utilisé dans le cadre du projet « {{case.localName}} »{{#case.services}} ({{case.services}}){{/case.services}}, porte aux droits des personnes, à leur santé physique et mentale et aux libertés individuelles dans l'entreprise une atteinte qui n'est ni justifiée par la nature de la tâche à accomplir, ni proportionnée au but recherché (article L1121-1 du Code du travail).
{{#case.monitors}}

L'outil mesure en effet l'activité des salariés ({{case.monitors}}), sans que ceux-ci aient été mis en mesure d'en connaître préalablement la portée (article L1222-4 du Code du travail).
{{/case.monitors}}
{{#hasFlags}}

Les éléments en notre possession font en outre apparaître les manquements suivants :
${FLAG_LIST}
{{/hasFlags}}

L'article L2312-59 vous impose de procéder sans délai à une enquête avec le membre de la délégation du personnel qui vous a saisi et de prendre les dispositions nécessaires pour remédier à cette situation. Nous vous demandons en conséquence de fixer la date de cette enquête dans les plus brefs délais et de nous communiquer d'ici là toute information utile sur le fonctionnement de l'outil, les données qu'il collecte, leur durée de conservation et les personnes qui y ont accès.

En cas de carence de votre part ou de divergence sur la réalité de cette atteinte, et à défaut de solution trouvée avec vous, le salarié, ou le membre de la délégation du personnel si le salarié intéressé averti par écrit ne s'y oppose pas, saisira le bureau de jugement du conseil de prud'hommes, qui statue selon la procédure accélérée au fond et peut ordonner toute mesure propre à faire cesser cette atteinte, assortie d'une astreinte.

${CLOSING_CSE}`,
};

const DUERP_UPDATE: TLetterTemplate = {
  title: "Mise à jour du document unique d'évaluation des risques professionnels — outil {{tool.name}}",
  body: `Madame, Monsieur le Président,

Le projet « {{case.localName}} », qui introduit l'outil d'intelligence artificielle {{tool.name}} ({{tool.vendor}}){{#case.goLiveOn}}, avec une mise en production fixée au {{case.goLiveOn}}{{/case.goLiveOn}}, constitue un aménagement important modifiant les conditions de travail.

L'article R4121-2 du Code du travail impose la mise à jour du document unique d'évaluation des risques professionnels (DUERP) lors de toute décision d'aménagement important modifiant les conditions de santé et de sécurité ou les conditions de travail, et l'article L4121-3 prévoit que le CSE est consulté sur le document unique et sur ses mises à jour.

Nous vous demandons de mettre à jour le DUERP en y évaluant notamment les risques psychosociaux liés à cet outil :
– l'intensification du travail et l'augmentation des cadences ;
– le travail invisible de vérification et de correction des résultats produits par l'IA ;
– la responsabilité des erreurs de l'outil et ses effets sur les salariés ;
– la perte d'autonomie et de compétences ;
– le stress lié à la surveillance et à l'évaluation automatisée de l'activité ;
– l'insécurité de l'emploi ;
– les pannes de l'outil et les procédures dégradées.
{{#case.concerns}}

Les salariés ont déjà fait part des préoccupations suivantes : {{case.concerns}}.
{{/case.concerns}}

{{#hasFlags}}
Les éléments du dossier font apparaître les manquements suivants :
${FLAG_LIST}

{{/hasFlags}}
Nous vous demandons de soumettre cette mise à jour, ainsi que le programme de prévention qui en découle, à la consultation du CSE. Nous rappelons que le défaut de transcription ou de mise à jour du document unique est puni de l'amende prévue pour les contraventions de la cinquième classe (article R4741-1 du Code du travail).

${CLOSING_CSE}`,
};

const GDPR_ACCESS: TLetterTemplate = {
  title: "Demande d'accès à mes données personnelles (article 15 du RGPD) — outil {{tool.name}}",
  body: `Madame, Monsieur le Délégué à la protection des données,

Salarié·e de {{employer.legalName}}, je vous demande, en application de l'article 15 du règlement (UE) 2016/679 (RGPD), de me communiquer l'ensemble des données à caractère personnel me concernant traitées au moyen de l'outil {{tool.name}} ({{tool.vendor}}), utilisé dans le cadre du projet « {{case.localName}} », ainsi que les informations suivantes :
– les finalités du traitement et sa base juridique ;
– les catégories de données me concernant, y compris les notes, scores, évaluations, transcriptions ou enregistrements produits par l'outil{{#case.monitors}} (notamment : {{case.monitors}}){{/case.monitors}} ;
– les destinataires de ces données, en particulier l'éditeur de l'outil et ses sous-traitants, et les éventuels transferts hors de l'Union européenne avec les garanties appropriées ;
– la durée de conservation de ces données ;
– la source des données qui n'ont pas été collectées auprès de moi ;
– l'existence d'une prise de décision automatisée, y compris un profilage, et dans ce cas des informations utiles sur la logique sous-jacente ainsi que sur l'importance et les conséquences prévues de ce traitement pour moi (articles 15(1)(h) et 22 du RGPD).

Je vous demande également une copie de ces données (article 15(3) du RGPD), sous une forme électronique d'usage courant.

Conformément à l'article 12(3) du RGPD, vous disposez d'un délai d'un mois à compter de la réception de la présente demande pour y répondre. Ce délai ne peut être prolongé de deux mois que si la complexité ou le nombre de demandes le justifie, et à condition de m'en informer dans le premier mois. À défaut de réponse, je me réserve la possibilité d'introduire une réclamation auprès de la Commission nationale de l'informatique et des libertés (CNIL).

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.`,
};

const MARKET_SURVEILLANCE_COMPLAINT: TLetterTemplate = {
  title: "Réclamation au titre de l'article 85 du règlement (UE) 2024/1689 — {{#hasProhibitedPractice}}reconnaissance des émotions des salariés{{/hasProhibitedPractice}}{{^hasProhibitedPractice}}système d'IA utilisé{{/hasProhibitedPractice}} par {{employer.legalName}}",
  body: `Madame, Monsieur,

Les représentants du personnel de {{employer.legalName}} vous adressent, en application de l'article 85 du règlement (UE) 2024/1689 établissant des règles harmonisées concernant l'intelligence artificielle, une réclamation relative à l'utilisation par cet employeur du système d'IA {{tool.name}}, fourni par {{tool.vendor}}.

Les faits. Dans le cadre du projet « {{case.localName}} »{{#case.services}} ({{case.services}}){{/case.services}}, {{employer.legalName}} utilise cet outil{{#hasProhibitedPractice}} pour déduire les émotions de ses salariés à partir de données biométriques, notamment de leur voix, sur leur lieu de travail{{/hasProhibitedPractice}}{{#case.pilotStartOn}}, depuis le {{case.pilotStartOn}}{{/case.pilotStartOn}}{{#case.goLiveOn}} (mise en production : {{case.goLiveOn}}){{/case.goLiveOn}}.{{#case.monitors}} L'outil mesure en outre l'activité des salariés : {{case.monitors}}.{{/case.monitors}}
{{#hasProhibitedPractice}}

Le droit applicable. L'article 5, paragraphe 1, point f), du règlement interdit depuis le 2 février 2025 l'utilisation de systèmes d'IA pour inférer les émotions d'une personne physique sur le lieu de travail, sauf pour des raisons médicales ou de sécurité. Les lignes directrices de la Commission européenne sur les pratiques d'IA interdites citent expressément l'utilisation, par un centre d'appels, de systèmes de reconnaissance vocale pour suivre les émotions de ses employés. Cette pratique est passible des amendes prévues par l'article 99, paragraphe 3, du règlement.
{{/hasProhibitedPractice}}
{{^hasProhibitedPractice}}

Le droit applicable. En tant que déployeur, l'employeur est tenu des obligations des articles 26, 27 et 50 du règlement (information des représentants et des salariés, journaux, analyse d'impact sur les droits fondamentaux, transparence), dont le manquement est passible des amendes prévues par l'article 99, paragraphe 4.
{{/hasProhibitedPractice}}
{{#hasFlags}}

Les manquements relevés dans ce dossier sont les suivants :
${FLAG_LIST}
{{/hasFlags}}

Nous vous demandons d'ouvrir une enquête, de faire cesser cette pratique et de nous tenir informés des suites données à la présente réclamation. Nous tenons à votre disposition les documents en notre possession.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.`,
};

const SUSPEND_DEPLOYMENT: TLetterTemplate = {
  title: "Mise en demeure de suspendre le déploiement de l'outil {{tool.name}} jusqu'à la fin de la consultation du CSE",
  body: `Madame, Monsieur le Président,

Les élus du comité social et économique constatent que {{employer.legalName}} utilise l'outil d'intelligence artificielle {{tool.name}} ({{tool.vendor}}) dans le cadre du projet « {{case.localName}} »{{#case.pilotStartOn}}, en phase pilote depuis le {{case.pilotStartOn}}{{/case.pilotStartOn}}{{#case.goLiveOn}}, en production depuis le {{case.goLiveOn}}{{/case.goLiveOn}}, alors que l'information-consultation du CSE n'est pas achevée{{#consultation.deadline}} (son délai expire le {{consultation.deadline}}){{/consultation.deadline}}{{^consultation.d0}} et n'a même pas été ouverte{{/consultation.d0}}.

La consultation du CSE doit précéder la décision de l'employeur (articles L2312-8 et L2312-14 du Code du travail{{#case.monitors}}, et L2312-38 pour un outil permettant de contrôler l'activité des salariés{{/case.monitors}}). Une phase dite « pilote » sur le travail réel constitue déjà une première mise en œuvre du projet : le tribunal judiciaire de Nanterre en a ordonné la suspension jusqu'à la fin de la consultation, sous astreinte de 1 000 euros par jour (TJ Nanterre, référé, 14 février 2025, RG 24/01457).
{{#hasFlags}}

Le dossier fait apparaître les manquements suivants :
${FLAG_LIST}
{{/hasFlags}}

Nous vous mettons en demeure de suspendre toute utilisation de cet outil, même expérimentale, jusqu'à ce que le CSE ait rendu son avis, et de nous confirmer par écrit cette suspension dans un délai de huit jours.

À défaut, le CSE saisira le président du tribunal judiciaire statuant en référé afin qu'il ordonne la suspension du déploiement, le trouble manifestement illicite étant caractérisé (article 835 du Code de procédure civile), et se réserve de poursuivre le délit d'entrave à son fonctionnement régulier (article L2317-1 du Code du travail).

${CLOSING_CSE}`,
};

const LABOUR_INSPECTION_ALERT: TLetterTemplate = {
  title: "Signalement à l'inspection du travail — outil d'IA {{tool.name}} chez {{employer.legalName}}",
  body: `Madame l'Inspectrice, Monsieur l'Inspecteur,

Les élus du comité social et économique de {{employer.legalName}}{{#employer.groupName}} (groupe {{employer.groupName}}){{/employer.groupName}} portent à votre connaissance les conditions dans lesquelles l'employeur met en œuvre l'outil d'intelligence artificielle {{tool.name}}, fourni par {{tool.vendor}}, dans le cadre du projet « {{case.localName}} »{{#case.services}} ({{case.services}}){{/case.services}}.

Les faits. {{#case.pilotStartOn}}L'outil est utilisé depuis le {{case.pilotStartOn}}{{#case.goLiveOn}} et en production depuis le {{case.goLiveOn}}{{/case.goLiveOn}}. {{/case.pilotStartOn}}{{#consultation.d0}}Les informations ont été remises au CSE le {{consultation.d0}}{{#consultation.avisOn}} et le CSE a rendu son avis le {{consultation.avisOn}}{{/consultation.avisOn}}.{{/consultation.d0}}{{^consultation.d0}}Le CSE n'a reçu aucune information écrite sur ce projet.{{/consultation.d0}}{{#case.monitors}} L'outil mesure l'activité des salariés : {{case.monitors}}.{{/case.monitors}}{{#case.concerns}} Les salariés font état des difficultés suivantes : {{case.concerns}}.{{/case.concerns}}
{{#hasFlags}}

Les manquements relevés par les élus sont les suivants :
${FLAG_LIST}
{{/hasFlags}}

Nous vous demandons de bien vouloir faire usage de vos pouvoirs d'enquête et de contrôle (article L8112-1 du Code du travail), notamment quant au respect des attributions du CSE, dont la méconnaissance est susceptible de constituer un délit d'entrave (article L2317-1), et des obligations de l'employeur en matière d'évaluation et de prévention des risques (articles L4121-1 et R4121-2), le défaut de mise à jour du document unique étant une contravention de la cinquième classe (article R4741-1). Nous tenons à votre disposition les documents en notre possession et vous remercions de nous informer des suites données.

Nous vous prions d'agréer, Madame l'Inspectrice, Monsieur l'Inspecteur, l'expression de nos salutations distinguées.`,
};

const CNIL_COMPLAINT: TLetterTemplate = {
  title: "Plainte relative au traitement des données des salariés par l'outil {{tool.name}} ({{employer.legalName}})",
  body: `Madame, Monsieur,

Les élus du comité social et économique de {{employer.legalName}} introduisent, en application de l'article 77 du règlement (UE) 2016/679 (RGPD), une plainte relative au traitement des données personnelles des salariés{{#tool.functions}} ({{tool.functions}}){{/tool.functions}} réalisé au moyen de l'outil {{tool.name}}, fourni par {{tool.vendor}}{{#tool.hosting}} et hébergé {{tool.hosting}}{{/tool.hosting}}, dans le cadre du projet « {{case.localName}} »{{#case.services}} ({{case.services}}){{/case.services}}.

Les faits. {{#case.pilotStartOn}}L'outil est utilisé depuis le {{case.pilotStartOn}}. {{/case.pilotStartOn}}{{#case.monitors}}Il mesure l'activité des salariés : {{case.monitors}}. {{/case.monitors}}{{#case.description}}{{case.description}}{{/case.description}}
{{#hasFlags}}

Les manquements relevés sont les suivants :
${FLAG_LIST}
{{/hasFlags}}

Le droit applicable. Le traitement doit être licite, loyal, transparent et limité à ce qui est nécessaire (articles 5 et 6 du RGPD) ; une surveillance constante de l'activité des salariés exige une analyse d'impact (article 35 et délibération n° 2018-327) ; la CNIL n'admet l'écoute et l'enregistrement des appels que de façon ponctuelle, et a jugé disproportionné l'enregistrement permanent des appels, y compris à titre de preuve (réponse au syndicat SUD du 19 décembre 2014) ; elle a sanctionné un suivi excessivement intrusif de la productivité des salariés (délibération SAN-2023-021 du 27 décembre 2023, Amazon France Logistique).

Nous vous demandons d'instruire la présente plainte et de nous informer de son état d'avancement ou de son issue dans un délai de trois mois (article 78(2) du RGPD). Nous tenons à votre disposition les documents en notre possession.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.`,
};

export const DEFAULT_LETTER_TEMPLATES: Readonly<Record<TLetterKind, TLetterTemplate>> = {
  open_consultation: OPEN_CONSULTATION,
  precise_information: PRECISE_INFORMATION,
  expert_deliberation: EXPERT_DELIBERATION,
  rights_alert: RIGHTS_ALERT,
  duerp_update: DUERP_UPDATE,
  gdpr_access: GDPR_ACCESS,
  market_surveillance_complaint: MARKET_SURVEILLANCE_COMPLAINT,
  suspend_deployment: SUSPEND_DEPLOYMENT,
  labour_inspection_alert: LABOUR_INSPECTION_ALERT,
  cnil_complaint: CNIL_COMPLAINT,
};
