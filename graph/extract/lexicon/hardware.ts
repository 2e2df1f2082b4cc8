/**
 * Hardware product names as patterns. Each match is one hardware mention: the group `name` (or
 * `bare`, in a second alternative) is the canonical name ("H100"), the whole match an alias
 * ("NVIDIA H100 GPUs"). Patterns are
 * matched case-sensitively, on word boundaries, against title and abstract.
 */
export interface NamePattern {
  /** Why this pattern exists, for whoever extends the list. */
  family: string;
  pattern: string;
}

const GPU_SUFFIX = String.raw`(?:[\s-](?:\d+\s?GB\s+)?(?:Tensor\s+Core\s+)?(?:GPUs?|[Ss]uperchips?|chips?|boards?|cards?|architecture|nodes?|servers?|clusters?|[Ss]ystems?|machines?|instances?|devices?|based\s+systems?))?`;

export const HARDWARE_PATTERNS: readonly NamePattern[] = [
  {
    family: "NVIDIA data-centre GPUs and superchips",
    pattern: String.raw`(?:NVIDIA\s+|Nvidia\s+|NVidia\s+)?(?:Tesla[\s-]+)?(?<name>G[HB]\d{3}|[ABHV]\d{3}[A-Z]?|H20|P100|L40S|RTX\s?(?:PRO\s?)?(?:A)?\d{4}(?:\s?Ti|\s?SUPER|\s?Super|\s?Ada)?|GTX\s?\d{3,4}(?:\s?Ti)?|TITAN\s?(?:RTX|Xp?|V)|Titan\s?(?:RTX|Xp?|V))(?:\s?(?:SXM\d?|PCIe|NVL\d*))?s?(?!\w)` + GPU_SUFFIX,
  },
  {
    family: "NVIDIA's short data-centre names, only with the vendor or the word GPU: \"L4\" is also a driving-automation level",
    pattern: String.raw`(?:NVIDIA|Nvidia|NVidia)\s+(?:Tesla\s+|RTX\s+)?(?<name>(?:A|L)40|A10G?|A30|L4|T4|K80|M60|A[2456][05]00)(?!\w)(?:\s+(?:GPUs?|Tensor\s+Core\s+GPUs?))?|(?<bare>(?:A|L)40|A10G?|A30|L4|T4|K80|M60)\s+GPUs?`,
  },
  {
    family: "NVIDIA GPU generations, only when named as hardware",
    pattern: String.raw`(?:NVIDIA\s+)?(?<name>Blackwell|Hopper|Ampere|Volta|Ada\s+Lovelace|Grace\s+Hopper|Grace\s+Blackwell|Rubin)(?:[\s-](?:GPUs?|architecture|generation|based\s+(?:GPUs?|systems?)|class\s+GPUs?))`,
  },
  {
    family: "NVIDIA embedded boards and appliances",
    pattern: String.raw`(?:NVIDIA\s+)?(?<name>Jetson(?:\s+(?:AGX|Orin|Xavier|Nano|TX[12]|NX|Thor|Super)){0,3}|DGX(?:[\s-](?:A100|H100|H200|B200|GB200|Spark|Station|SuperPOD|\d))?|HGX(?:\s+(?:A100|H100|H200|B200))?|DRIVE\s+(?:Orin|Thor|AGX)\w*)(?!\w)(?:\s+(?:boards?|devices?|modules?|developer\s+kits?|platforms?|systems?))?`,
  },
  {
    family: "AMD accelerators and processors",
    pattern: String.raw`(?:AMD\s+)?(?:Instinct\s+)?(?<name>MI\d{2,3}[A-Z]?|Radeon(?:\s+(?:RX|Pro|VII))?\s?\d{3,4}(?:\s?XTX|\s?XT)?|EPYC(?:\s+\d{4}[A-Z]?)?|Ryzen(?:\s+(?:AI\s+)?\d\s+\w+)?|Threadripper(?:\s+\w+)?)(?!\w)` + GPU_SUFFIX,
  },
  {
    family: "Intel processors and accelerators",
    pattern: String.raw`(?:Intel\s+)?(?<name>Xeon(?:\s+(?:Gold|Platinum|Silver|Phi|Max|E\d|W))?(?:\s+[A-Z]?\d{4}[A-Z]?\w*)?|Core\s+(?:i[3579]|Ultra(?:\s+\d)?)(?:[\s-]\d{3,5}[A-Z]*)?|Gaudi\s?\d?|Habana\s+Gaudi\s?\d?|Loihi\s?\d?|Arc\s+[AB]\d{3}|Max\s+1550)(?!\w)` + GPU_SUFFIX,
  },
  {
    family: "vendor-named generic processors",
    pattern: String.raw`(?<name>(?:AMD|Intel|Apple|Qualcomm|Arm|ARM|Huawei|NVIDIA)\s+(?:GPU|CPU|NPU|FPGA|SoC)s?)(?!\w)`,
  },
  {
    family: "Google TPUs",
    pattern: String.raw`(?:Google\s+|Cloud\s+)?(?<name>TPU\s?v\d[a-z]*(?:-\d+)?|TPUv\d[a-z]*(?:-\d+)?|Edge\s?TPU|TPU\s+[Pp]ods?|Trillium|Ironwood)(?!\w)(?:\s+(?:chips?|pods?|cores?|slices?))?`,
  },
  {
    family: "Apple silicon",
    pattern: String.raw`(?<name>Apple\s+(?:[Ss]ilicon|M[1-5](?:\s+(?:Pro|Max|Ultra))?|A1\d(?:\s+(?:Pro|Bionic))?|Neural\s+Engine)|M[1-5]\s+(?:Pro|Max|Ultra))(?!\w)(?:\s+(?:chips?|Macs?|MacBooks?(?:\s+Pro)?|laptops?|SoCs?))?`,
  },
  {
    family: "phone and embedded SoCs",
    pattern: String.raw`(?:Qualcomm\s+)?(?<name>Snapdragon(?:\s+(?:X\s+(?:Elite|Plus)|\d{3}\+?|\d\+?\s+Gen\s?\d|8cx(?:\s+Gen\s?\d)?))?|Hexagon\s+(?:NPU|DSP|HTP)|Dimensity\s+\d{3,4}\w*|Exynos\s+\d{3,4}\w*|Kirin\s+\d{3,4}\w*|Google\s+Tensor(?:\s+G\d)?|Ascend\s+\d{3}[A-Z]?|Ascend\s+NPUs?)(?!\w)(?:\s+(?:SoCs?|chips?|processors?|NPUs?|platforms?))?`,
  },
  {
    family: "phones",
    pattern: String.raw`(?<name>iPhone\s+\d{1,2}(?:\s+Pro(?:\s+Max)?)?|Pixel\s+\d{1,2}(?:\s+Pro)?|Galaxy\s+S\d{2}(?:\s+Ultra)?|OnePlus\s+\d{1,2})(?!\w)`,
  },
  {
    family: "single-board computers and microcontrollers",
    pattern: String.raw`(?<name>Raspberry\s+(?:Pi|PI|pi)(?:\s+(?:\d\w*|Zero\s?\w*|Pico\s?\w*))?|STM32\w*|ESP32(?:-\w+)?|ESP8266|Arduino(?:\s+(?:Nano|Uno|Mega|Portenta)(?:\s+33)?(?:\s+BLE)?(?:\s+Sense)?)?|nRF52\d*|Cortex-[AM]\d+F?|RISC-V(?:\s+(?:cores?|processors?|CPUs?))?|Coral(?:\s+Dev)?\s+(?:Board|TPU))(?!\w)(?:\s+(?:boards?|devices?|MCUs?|microcontrollers?|modules?))?`,
  },
  {
    family: "FPGA families",
    pattern: String.raw`(?<name>(?:Xilinx|AMD|Intel|Altera|Lattice)\s+FPGAs?|(?:Xilinx\s+|AMD\s+)?(?:Alveo\s+[UV]\d+|Zynq(?:\s+UltraScale\+?)?(?:\s+(?:MPSoC|RFSoC|\w*\d\w*))?|Virtex(?:\s+UltraScale\+?)?(?:[\s-]\w*\d\w*)?|Kintex(?:\s+UltraScale\+?)?(?:[\s-]\w*\d\w*)?|Versal(?:\s+(?:AI\s+)?(?:Core|Edge|Premium)\w*)?|PYNQ-Z\d)|(?:Intel\s+)?(?:Stratix|Agilex|Arria|Cyclone)\s?\w*)(?!\w)(?:\s+(?:FPGAs?|boards?|devices?|SoCs?))?`,
  },
  {
    family: "AI accelerators from other vendors",
    pattern: String.raw`(?<name>Cerebras(?:\s+(?:CS-\d|WSE-\d))?|WSE-\d|Groq\s+LPUs?|Graphcore\s+IPUs?|(?:AWS\s+)?(?:Trainium|Inferentia)\d?|SambaNova(?:\s+SN\d+)?|Tenstorrent(?:\s+\w+)?|Ethos-U\d+|Hailo-\d+)(?!\w)`,
  },
  {
    family: "interconnects and memory technologies",
    pattern: String.raw`(?<name>NVLink(?:[\s-]?C2C|\s?\d(?:\.0)?)?|NVSwitch|InfiniBand|PCIe(?:\s?(?:Gen\s?)?\d(?:\.0)?)?|CXL(?:\s?\d\.0)?|RoCE(?:v2)?|UALink|Infinity\s+Fabric|HBM\d?e?|GDDR\dX?|LPDDR\dX?|NVMe(?:\s+SSDs?)?|3D\s+NAND)(?!\w)`,
  },
  {
    family: "robot platforms",
    pattern: String.raw`(?<name>Unitree\s+(?:Go\d|A\d|B\d|H\d|G\d)|Franka(?:\s+Emika)?(?:\s+(?:Panda|FR3|Research\s+3))?|UR(?:3|5|10|16|20)e?|Kinova(?:\s+(?:Gen\s?\d|Jaco\d?|Kortex))?|xArm\s?\d?|WidowX(?:\s+\d+)?|ViperX(?:\s+\d+)?|Boston\s+Dynamics\s+(?:Spot|Atlas)|ANYmal(?:\s+[A-D])?|TurtleBot\s?\d?|Clearpath\s+(?:Husky|Jackal)|Husky|Jackal|Sawyer|Baxter|Fetch\s+robot|Hello\s+Robot\s+Stretch|NAO|Pepper|Digit|Cassie|Tiago|TIAGo|ALOHA|Allegro\s+[Hh]and|Shadow\s+[Hh]and|LEAP\s+[Hh]and|Robotiq(?:\s+2F-\d+)?)(?!\w)(?:\s+(?:robots?|arms?|grippers?|hands?|platforms?|manipulators?|humanoids?|quadrupeds?))?`,
  },
  {
    family: "devices named with a version before the kind of device they are (\"a Meta Quest 3 headset\", \"a ZED 2 stereo camera\")",
    pattern: String.raw`(?<name>(?!(?:Table|Figure|Fig|Section|Sec|Eq|Appendix|Stage|Phase|Level|Step|Version|Type|Class|Group|Task|Experiment|Setting)\s)(?:\p{Lu}[\p{L}\p{N}+-]*\s+){0,2}\p{Lu}[\p{L}\p{N}+-]*\s+\d+(?:\.\d+)?)\s+(?:stereo\s+|depth\s+|RGB-D\s+)?(?:headsets?|drones?|quadrotors?|quadcopters?|cameras?|LiDARs?|lidars?|smartphones?|phones?|tablets?|smartwatch(?:es)?|robots?|humanoids?|grippers?|microcontrollers?|sensors?)(?!\w)`,
  },
  {
    family: "sensors",
    pattern: String.raw`(?<name>LiDARs?|LIDARs?|IMUs?|(?:RTK[\s-])?(?:GPS|GNSS)|UWB|RGB-D\s+cameras?|event\s+cameras?|Kinect(?:\s+v\d)?|RealSense(?:\s+\w\d+)?|mmWave\s+radars?)(?!\w)`,
  },
];
