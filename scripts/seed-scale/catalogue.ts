/**
 * Word lists for the scale seed: invented employer names, a catalogue of real AI products as unions
 * meet them in banks, insurers and assistance companies, and case wording. Data only.
 */
import type { AiFunction, Concern, MonitoredSignal, Sector } from "@/generated/prisma/enums";

export const SECTOR_WEIGHTS: readonly (readonly [Sector, number])[] = [
  ["banque", 35],
  ["assurance", 30],
  ["assistance", 12],
  ["mutuelle", 15],
  ["autre", 8],
];

export const EMPLOYER_PREFIX: Readonly<Record<Sector, readonly string[]>> = {
  banque: ["Banque", "Crédit", "Caisse d'Épargne", "Banque Populaire", "Société de Crédit"],
  assurance: ["Assurances", "Mutuelle d'Assurances", "Compagnie d'Assurances", "Prévoyance"],
  assistance: ["Assistance", "Secours", "Europ Services", "Assistance Voyage"],
  mutuelle: ["Mutuelle", "Mutuelle Santé", "Union Mutualiste", "Mutuelle Générale"],
  autre: ["Courtage", "Services Financiers", "Gestion Conseil"],
};

export const PLACE_NAMES = [
  "du Littoral", "Horizon", "de l'Atlantique", "Rhône-Alpes", "du Nord", "Méditerranée", "de Bretagne", "d'Occitanie",
  "Île-de-France", "du Centre", "des Alpes", "de Normandie", "Aquitaine", "Lorraine", "des Pays de Loire", "Provence",
  "de Bourgogne", "Champagne", "du Val de Loire", "des Vosges", "Pyrénées", "de Picardie", "Auvergne", "du Jura",
];

export const FIRST_NAMES = ["Camille", "Karim", "Sophie", "Yannick", "Nadia", "Julien", "Fatou", "Élodie", "Mathieu", "Inès", "Thierry", "Chloé"];
export const LAST_NAMES = ["Martin", "Benali", "Lefèvre", "Nguyen", "Moreau", "Diallo", "Girard", "Rousseau", "Fontaine", "Garnier", "Chevalier", "Roux"];

type TToolSeed = readonly [vendor: string, product: string, functions: readonly AiFunction[]];

/** About sixty products, by vendor; functions drive nothing here but make the catalogue plausible. */
export const TOOLS: readonly TToolSeed[] = [
  ["Microsoft", "Copilot pour Microsoft 365", ["office_assistant", "summarise", "draft_customer_email"]],
  ["Microsoft", "Azure OpenAI Service", ["document_processing", "customer_chatbot"]],
  ["Microsoft", "Copilot Studio", ["customer_chatbot"]],
  ["Microsoft", "Dynamics 365 Customer Service Copilot", ["draft_customer_email", "summarise"]],
  ["Google", "Gemini pour Google Workspace", ["office_assistant", "summarise"]],
  ["Google", "Contact Center AI", ["call_transcription", "customer_chatbot"]],
  ["OpenAI", "ChatGPT Enterprise", ["office_assistant", "summarise"]],
  ["Anthropic", "Claude for Work", ["office_assistant", "document_processing"]],
  ["Mistral AI", "Le Chat Entreprise", ["office_assistant", "summarise"]],
  ["Salesforce", "Einstein Copilot", ["draft_customer_email", "task_allocation"]],
  ["Salesforce", "Service Cloud Einstein", ["customer_chatbot", "claims_triage"]],
  ["ServiceNow", "Now Assist", ["task_allocation", "summarise"]],
  ["Genesys", "Genesys Cloud AI Experience", ["call_transcription", "call_scoring", "scheduling"]],
  ["Genesys", "Workforce Engagement Management", ["scheduling", "performance_evaluation"]],
  ["NICE", "Enlighten AI", ["call_scoring", "voice_emotion_analysis"]],
  ["NICE", "CXone Mpower", ["call_transcription", "scheduling"]],
  ["Verint", "Speech Analytics", ["call_transcription", "call_scoring"]],
  ["Verint", "Workforce Management", ["scheduling", "task_allocation"]],
  ["CallMiner", "Eureka", ["call_scoring", "voice_emotion_analysis"]],
  ["Observe.AI", "Contact Center AI", ["call_scoring", "performance_evaluation"]],
  ["Zaion", "Callbot", ["customer_chatbot", "call_transcription"]],
  ["Zaion", "Emotion Analytics", ["voice_emotion_analysis"]],
  ["Odigo", "Odigo AI", ["call_transcription", "task_allocation"]],
  ["Diabolocom", "Diabolocom AI", ["call_transcription", "call_scoring"]],
  ["Vocalcom", "Hermes AI", ["customer_chatbot"]],
  ["Zendesk", "Zendesk AI", ["customer_chatbot", "task_allocation"]],
  ["Sprinklr", "Sprinklr AI+", ["customer_chatbot", "call_scoring"]],
  ["IBM", "watsonx Assistant", ["customer_chatbot"]],
  ["IBM", "watsonx Orchestrate", ["task_allocation", "office_assistant"]],
  ["UiPath", "Document Understanding", ["document_processing"]],
  ["ABBYY", "Vantage", ["document_processing"]],
  ["Shift Technology", "Shift Claims", ["claims_triage", "fraud_detection"]],
  ["Shift Technology", "Shift Detect", ["fraud_detection"]],
  ["Guidewire", "ClaimCenter Predictive Analytics", ["claims_triage"]],
  ["Akur8", "Akur8 Pricing", ["insurance_pricing"]],
  ["Earnix", "Price-It", ["insurance_pricing"]],
  ["FICO", "Falcon Fraud Manager", ["fraud_detection"]],
  ["FICO", "Decision Optimizer", ["credit_scoring"]],
  ["SAS", "Viya", ["credit_scoring", "fraud_detection"]],
  ["Experian", "PowerCurve", ["credit_scoring"]],
  ["Dataiku", "Dataiku DSS", ["credit_scoring", "document_processing"]],
  ["Feedzai", "RiskOps", ["fraud_detection"]],
  ["Workday", "Skills Cloud", ["performance_evaluation", "recruitment"]],
  ["Workday", "Recruiting AI", ["recruitment"]],
  ["SAP", "SuccessFactors Joule", ["performance_evaluation", "recruitment"]],
  ["Oracle", "HCM AI", ["performance_evaluation"]],
  ["Cornerstone", "Galaxy AI", ["performance_evaluation"]],
  ["HireVue", "Video Interviewing", ["recruitment", "voice_emotion_analysis"]],
  ["UKG", "Dimensions Forecasting", ["scheduling"]],
  ["Quinyx", "Quinyx AI Scheduling", ["scheduling"]],
  ["Pega", "Customer Decision Hub", ["task_allocation", "draft_customer_email"]],
  ["Pega", "GenAI Blueprint", ["document_processing"]],
  ["Appian", "AI Process Platform", ["document_processing", "task_allocation"]],
  ["GitHub", "Copilot", ["code_assistant"]],
  ["GitLab", "Duo", ["code_assistant"]],
  ["Tolk.ai", "Tolk Agent", ["customer_chatbot"]],
  ["Mindsay", "Conversational AI", ["customer_chatbot"]],
  ["Dydu", "Dydu Chatbot", ["customer_chatbot"]],
  ["Interne", "Assistant IA maison", ["summarise", "office_assistant"]],
  ["Interne", "Modèle de scoring maison", ["credit_scoring", "performance_evaluation"]],
];

export const PROJECT_WORDS = ["Atlas", "Boussole", "Phare", "Horizon", "Nova", "Sésame", "Vigie", "Écho", "Iris", "Orion", "Pilote", "Cap"];
export const SERVICES = ["agences", "plateau téléphonique", "back-office crédit", "gestion des sinistres", "service client", "RH", "recouvrement", "souscription", "conformité", "informatique"];
export const CONCERNS: readonly Concern[] = [
  "work_intensification", "checking_work", "error_liability", "job_cuts", "algorithmic_management",
  "surveillance", "deskilling", "it_dependence", "data_opacity", "environmental_cost",
];
export const MONITORS: readonly MonitoredSignal[] = ["calls", "script_adherence", "voice", "keystrokes", "time", "output_volume"];

/** Timeline entries as reps write them (the timeline's content is internal: never on a dashboard). */
export const EVENT_TITLES: Readonly<Record<"meeting" | "letter_sent" | "employer_reply" | "cse_meeting" | "note" | "legal_step", readonly string[]>> = {
  meeting: ["Réunion avec la direction", "Point avec les salariés du service", "Rencontre avec l'expert"],
  letter_sent: ["Demande d'informations précises et écrites", "Demande d'ouverture de la consultation", "Demande de mise à jour du DUERP"],
  employer_reply: ["Réponse de la direction", "Note de présentation reçue", "Refus de communiquer l'AIPD"],
  cse_meeting: ["Réunion du CSE : information", "Réunion du CSE : consultation", "CSSCT : point sur l'outil"],
  note: ["Témoignage recueilli", "Observation sur le plateau", "À vérifier auprès du fournisseur"],
  legal_step: ["Saisine de l'inspection du travail", "Consultation de l'avocat", "Assignation en référé envisagée"],
};
export const REPORT_WHAT = ["Un outil propose des réponses aux clients", "Nos appels sont notés automatiquement", "Le planning est généré par un logiciel", "Un assistant résume les dossiers", "Les sinistres sont triés automatiquement"];
